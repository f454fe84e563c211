using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Scheduling;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Availability;

/// <summary>A clinician's own weekly hours for series sessions, within which a whole series is scheduled at once.</summary>
public sealed class SessionHoursModel(TandemDbContext db, CurrentViewer viewer, ClinicalAudit audit) : PageModel
{
    public IReadOnlyList<SessionHours> Weekly { get; private set; } = [];
    public string TimeZone { get; private set; } = "";
    public SessionHoursInput Input { get; private set; } = new();

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAddAsync(SessionHoursInput input)
    {
        Input = input;
        await LoadAsync();
        if (ModelState.Refuse(Check(input)) || !ModelState.IsValid)
        {
            return Page();
        }

        var hours = new SessionHours { PracticeId = viewer.Value.PracticeId, ClinicianId = viewer.Value.UserId, Day = input.Day!.Value, Start = input.Start!.Value, End = input.End!.Value };
        db.SessionHours.Add(hours);
        await audit.SaveAndRecordAsync(AuditCode.SessionHours_Changed, nameof(SessionHours), hours.Id, null);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid? version)
    {
        var hours = await db.SessionHours.FirstOrDefaultAsync(h => h.Id == id && h.ClinicianId == viewer.Value.UserId && h.PracticeId == viewer.Value.PracticeId);
        if (hours is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        var refusals = new Refusals();
        if (!hours.IsAsShown(version))
        {
            refusals.AddStale($"Your {hours.Day} session hours", $"{hours.Start:HH:mm} – {hours.End:HH:mm}");
        }

        if (ModelState.Refuse(refusals))
        {
            await LoadAsync();
            return Page();
        }

        db.SessionHours.Remove(hours);
        await audit.SaveAndRecordAsync(AuditCode.SessionHours_Changed, nameof(SessionHours), id, null);
        return RedirectToPage();
    }

    /// <summary>A day of the week, room for a session (once the fields are well formed), and no overlap with hours already listed.</summary>
    private Refusals Check(SessionHoursInput input)
    {
        var refusals = new Refusals();
        if (ModelState.IsValid)
        {
            if (input.Day is { } weekday && !Enum.IsDefined(weekday))
            {
                refusals.Add("Day", "Choose a day.");
            }

            if (input is { Start: { } from, End: { } until } && until.ToTimeSpan() - from.ToTimeSpan() < TimeSpan.FromMinutes(SeriesScheduler.IntegrationMinutes))
            {
                refusals.Add("End", "The end must leave at least an hour after the start: an integration session lasts an hour, a dosing session three.");
            }
        }

        if (input is { Day: { } day, Start: { } start, End: { } end } && Weekly.Any(h => h.Day == day && h.Start < end && start < h.End))
        {
            refusals.Add("End", $"These hours overlap your {day} hours already listed.");
        }

        return refusals;
    }

    private async Task LoadAsync()
    {
        TimeZone = await db.Practices.Where(p => p.Id == viewer.Value.PracticeId).Select(p => p.TimeZoneId).FirstAsync();
        Weekly = await db.SessionHours.AsNoTracking()
            .Where(h => h.ClinicianId == viewer.Value.UserId && h.PracticeId == viewer.Value.PracticeId)
            .OrderBy(h => h.Day).ThenBy(h => h.Start)
            .ToListAsync();
    }

    public sealed class SessionHoursInput
    {
        [Required(ErrorMessage = "Choose a day.")]
        public DayOfWeek? Day { get; set; }

        [Required(ErrorMessage = "Enter a start time like 09:00.")]
        public TimeOnly? Start { get; set; }

        [Required(ErrorMessage = "Enter an end time like 17:00.")]
        public TimeOnly? End { get; set; }
    }
}
