using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Practices;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Settings;

/// <summary>How many days before a session its clients are reminded, twice at most: the admin's choice (default 2 and 1).</summary>
public sealed class RemindersModel(TandemDbContext db, CurrentViewer viewer, ClinicalAudit audit) : PageModel
{
    [BindProperty]
    public RemindersInput Input { get; set; } = new();

    public async Task OnGetAsync() => Input = RemindersInput.From(await LoadAsync());

    public async Task<IActionResult> OnPostAsync()
    {
        var practice = await LoadAsync();
        var refusals = new Refusals();
        if (practice.Version != Input.Version)
        {
            refusals.AddStale("The reminders", $"clients are reminded {Describe(practice.FirstReminderDaysBefore, practice.LastReminderDaysBefore)}");
        }

        if (ModelState.Refuse(refusals))
        {
            Input = RemindersInput.From(practice);
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        (practice.FirstReminderDaysBefore, practice.LastReminderDaysBefore) = (Input.FirstDaysBefore, Input.LastDaysBefore);
        await audit.SaveAndRecordAsync(AuditCode.AppointmentReminders_Changed, nameof(Practice), practice.Id, null);
        TempData["Saved"] = $"Clients are now reminded {Describe(Input.FirstDaysBefore, Input.LastDaysBefore)}.";
        return RedirectToPage();
    }

    public static string Describe(int first, int last)
    {
        int[] days = [.. new[] { first, last }.Where(d => d > 0).Distinct().OrderDescending()];
        return days.Length == 0 ? "never" : $"{string.Join(" and ", days)} {(days is [1] ? "day" : "days")} before a session";
    }

    private Task<Practice> LoadAsync() => db.Practices.SingleAsync(p => p.Id == viewer.Value.PracticeId);

    public sealed class RemindersInput
    {
        [Range(0, 14, ErrorMessage = "Give a number of days from 0 (no reminder) to 14.")]
        public int FirstDaysBefore { get; set; }

        [Range(0, 14, ErrorMessage = "Give a number of days from 0 (no reminder) to 14.")]
        public int LastDaysBefore { get; set; }

        public Guid Version { get; set; }

        public static RemindersInput From(Practice p) => new() { FirstDaysBefore = p.FirstReminderDaysBefore, LastDaysBefore = p.LastReminderDaysBefore, Version = p.Version };
    }
}
