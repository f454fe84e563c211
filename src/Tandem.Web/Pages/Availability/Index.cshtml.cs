using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Consultations;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Availability;

/// <summary>A clinician's own consultation hours, the days that differ from them, and how their free calls happen.</summary>
public sealed class IndexModel(TandemDbContext db, CurrentViewer viewer, ClinicalAudit audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ConsultationHours> Weekly { get; private set; } = [];
    public IReadOnlyList<AvailabilityOverride> Overrides { get; private set; } = [];
    public string TimeZone { get; private set; } = "";

    [BindProperty]
    public HoursInput Hours { get; set; } = new();

    [BindProperty]
    public OverrideInput Override { get; set; } = new();

    [BindProperty]
    public CallInput Call { get; set; } = new();

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAddHoursAsync()
    {
        ModelState.KeepOnly(nameof(Hours));
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var hours = new ConsultationHours
        {
            PracticeId = viewer.Value.PracticeId, ClinicianId = viewer.Value.UserId,
            Day = Hours.Day!.Value, Start = Hours.Start!.Value, End = Hours.End!.Value, SlotMinutes = Hours.SlotMinutes,
        };
        db.ConsultationHours.Add(hours);
        await audit.SaveAndRecordAsync(AuditCode.ConsultationHours_Changed, nameof(ConsultationHours), hours.Id, null);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAddOverrideAsync()
    {
        ModelState.KeepOnly(nameof(Override));
        var zone = TimeZoneInfo.FindSystemTimeZoneById(await PracticeZoneAsync());
        if (Override.Date is { } date && date < clock.Today(zone))
        {
            ModelState.AddModelError("Override.Date", "Choose today or a later date.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var change = new AvailabilityOverride
        {
            PracticeId = viewer.Value.PracticeId, ClinicianId = viewer.Value.UserId, Date = Override.Date!.Value, Change = Override.Change!.Value,
            Start = Override.Change == AvailabilityChange.ExtraHours ? Override.Start : null,
            End = Override.Change == AvailabilityChange.ExtraHours ? Override.End : null,
            SlotMinutes = Override.SlotMinutes,
        };
        db.AvailabilityOverrides.Add(change);
        await audit.SaveAndRecordAsync(AuditCode.ConsultationHours_Changed, nameof(AvailabilityOverride), change.Id, null);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveHoursAsync(Guid id, Guid? version)
    {
        var hours = await db.ConsultationHours.FirstOrDefaultAsync(h => h.Id == id && h.ClinicianId == viewer.Value.UserId && h.PracticeId == viewer.Value.PracticeId);
        if (hours is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        if (!hours.IsAsShown(version))
        {
            ModelState.RefuseStale($"Your {hours.Day} hours", $"{hours.Start:HH:mm} – {hours.End:HH:mm}, {hours.SlotMinutes}-minute calls");
            await LoadAsync();
            return Page();
        }

        db.ConsultationHours.Remove(hours);
        await audit.SaveAndRecordAsync(AuditCode.ConsultationHours_Changed, nameof(ConsultationHours), id, null);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveOverrideAsync(Guid id, Guid? version)
    {
        var change = await db.AvailabilityOverrides.FirstOrDefaultAsync(o => o.Id == id && o.ClinicianId == viewer.Value.UserId && o.PracticeId == viewer.Value.PracticeId);
        if (change is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        if (!change.IsAsShown(version))
        {
            ModelState.RefuseStale($"Your change for {change.Date:d MMMM yyyy}", change.Change == AvailabilityChange.DayOff
                ? "a day off" : $"extra hours {change.Start:HH:mm} – {change.End:HH:mm}, {change.SlotMinutes}-minute calls");
            await LoadAsync();
            return Page();
        }

        db.AvailabilityOverrides.Remove(change);
        await audit.SaveAndRecordAsync(AuditCode.ConsultationHours_Changed, nameof(AvailabilityOverride), id, null);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCallMethodAsync()
    {
        ModelState.KeepOnly(nameof(Call));
        var saved = await db.FreeCallMethods.FirstOrDefaultAsync(m => m.ClinicianId == viewer.Value.UserId && m.PracticeId == viewer.Value.PracticeId);
        if (saved is null ? Call.Version is not null : !saved.IsAsShown(Call.Version))
        {
            ModelState.RefuseStale("How your free calls happen", saved is null ? "it is no longer set, so by phone" : Describe(saved));
            // What was typed stays on the form, now carrying the setting as it is, so saving again is a choice made knowingly.
            ModelState.Remove("Call.Version");
            Call.Version = saved?.Version;
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        saved ??= db.FreeCallMethods.Add(new FreeCallMethod { PracticeId = viewer.Value.PracticeId, ClinicianId = viewer.Value.UserId }).Entity;
        saved.Method = Call.Method!.Value;
        saved.VideoLink = saved.Method == CallMethod.Video ? Call.VideoLink!.Trim() : null;
        await audit.SaveAndRecordAsync(AuditCode.FreeCallMethod_Changed, nameof(FreeCallMethod), saved.Id, null);
        return RedirectToPage();
    }

    private static string Describe(FreeCallMethod saved) => saved.Method == CallMethod.Video ? $"by video at {saved.VideoLink}" : "by phone";

    private Task<string> PracticeZoneAsync() =>
        db.Practices.Where(p => p.Id == viewer.Value.PracticeId).Select(p => p.TimeZoneId).FirstAsync();

    private async Task LoadAsync()
    {
        var me = viewer.Value.UserId;
        TimeZone = await PracticeZoneAsync();
        Weekly = await db.ConsultationHours.AsNoTracking()
            .Where(h => h.ClinicianId == me && h.PracticeId == viewer.Value.PracticeId)
            .OrderBy(h => h.Day).ThenBy(h => h.Start)
            .ToListAsync();
        var today = await db.PracticeTodayAsync(viewer.Value.PracticeId, clock);
        Overrides = await db.AvailabilityOverrides.AsNoTracking()
            .Where(o => o.ClinicianId == me && o.PracticeId == viewer.Value.PracticeId && o.Date >= today)
            .OrderBy(o => o.Date)
            .ToListAsync();
        if (Call.Method is null)
        {
            Call = CallInput.From(await db.FreeCallMethods.AsNoTracking().FirstOrDefaultAsync(m => m.ClinicianId == me && m.PracticeId == viewer.Value.PracticeId));
        }
    }
}
