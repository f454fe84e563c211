using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Consultations;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Availability;

/// <summary>
/// A clinician's own consultation hours, the days that differ from them, and how their free calls happen. Each form posts
/// its own input under its own prefix, so a post validates and shows again only what was typed into that form.
/// </summary>
public sealed class IndexModel(TandemDbContext db, CurrentViewer viewer, ClinicalAudit audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ConsultationHours> Weekly { get; private set; } = [];
    public IReadOnlyList<AvailabilityOverride> Overrides { get; private set; } = [];
    public string TimeZone { get; private set; } = "";

    public HoursInput Hours { get; private set; } = new();

    public OverrideInput Override { get; private set; } = new();

    public CallInput Call { get; private set; } = new();

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAddHoursAsync([FromForm(Name = nameof(Hours))] HoursInput hours)
    {
        Hours = hours;
        var refusals = new Refusals();
        if (ModelState.IsValid)
        {
            hours.Check(refusals);
        }

        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var added = new ConsultationHours
        {
            PracticeId = viewer.Value.PracticeId, ClinicianId = viewer.Value.UserId,
            Day = hours.Day!.Value, Start = hours.Start!.Value, End = hours.End!.Value, SlotMinutes = hours.SlotMinutes,
        };
        db.ConsultationHours.Add(added);
        await audit.SaveAndRecordAsync(AuditCode.ConsultationHours_Changed, nameof(ConsultationHours), added.Id, null);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAddOverrideAsync([FromForm(Name = nameof(Override))] OverrideInput change)
    {
        Override = change;
        var refusals = new Refusals();
        if (ModelState.IsValid)
        {
            change.Check(refusals);
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(await PracticeZoneAsync());
        if (change.Date is { } date && date < clock.Today(zone))
        {
            refusals.Add("Override.Date", "Choose today or a later date.");
        }

        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var added = new AvailabilityOverride
        {
            PracticeId = viewer.Value.PracticeId, ClinicianId = viewer.Value.UserId, Date = change.Date!.Value, Change = change.Change!.Value,
            Start = change.Change == AvailabilityChange.ExtraHours ? change.Start : null,
            End = change.Change == AvailabilityChange.ExtraHours ? change.End : null,
            SlotMinutes = change.SlotMinutes,
        };
        db.AvailabilityOverrides.Add(added);
        await audit.SaveAndRecordAsync(AuditCode.ConsultationHours_Changed, nameof(AvailabilityOverride), added.Id, null);
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
        var refusals = new Refusals();
        if (!hours.IsAsShown(version))
        {
            refusals.AddStale($"Your {hours.Day} hours", $"{hours.Start:HH:mm} – {hours.End:HH:mm}, {hours.SlotMinutes}-minute calls");
        }

        if (ModelState.Refuse(refusals))
        {
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
        var refusals = new Refusals();
        if (!change.IsAsShown(version))
        {
            refusals.AddStale($"Your change for {change.Date:d MMMM yyyy}", change.Change == AvailabilityChange.DayOff
                ? "a day off" : $"extra hours {change.Start:HH:mm} – {change.End:HH:mm}, {change.SlotMinutes}-minute calls");
        }

        if (ModelState.Refuse(refusals))
        {
            await LoadAsync();
            return Page();
        }

        db.AvailabilityOverrides.Remove(change);
        await audit.SaveAndRecordAsync(AuditCode.ConsultationHours_Changed, nameof(AvailabilityOverride), id, null);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCallMethodAsync([FromForm(Name = nameof(Call))] CallInput call)
    {
        Call = call;
        var refusals = new Refusals();
        if (ModelState.IsValid)
        {
            call.Check(refusals);
        }

        var saved = await db.FreeCallMethods.FirstOrDefaultAsync(m => m.ClinicianId == viewer.Value.UserId && m.PracticeId == viewer.Value.PracticeId);
        if (saved is null ? call.Version is not null : !saved.IsAsShown(call.Version))
        {
            refusals.AddStale("How your free calls happen", saved is null ? "it is no longer set, so by phone" : Describe(saved));
            // What was typed stays on the form, now carrying the setting as it is, so saving again is a choice made knowingly.
            ModelState.Remove("Call.Version");
            call.Version = saved?.Version;
        }

        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        saved ??= db.FreeCallMethods.Add(new FreeCallMethod { PracticeId = viewer.Value.PracticeId, ClinicianId = viewer.Value.UserId }).Entity;
        saved.Method = call.Method!.Value;
        saved.VideoLink = saved.Method == CallMethod.Video ? call.VideoLink!.Trim() : null;
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
