using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Journal;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Portal.Practices;

/// <summary>The client's practice log: a quick check-in per practice and day, this week at a glance, and each streak.</summary>
public sealed class IndexModel(TandemDbContext db, CurrentViewer viewer, PracticeLog log, ClinicalAudit audit, TimeProvider clock) : PageModel
{
    /// <summary>How far back a check-in may be made up: the week on the page.</summary>
    public const int DaysShown = 7;

    public IReadOnlyList<PracticeLog.Row> Rows { get; private set; } = [];
    public IReadOnlyList<DateOnly> Week { get; private set; } = [];
    public DateOnly Today { get; private set; }

    [BindProperty]
    public CheckInInput CheckIn { get; set; } = new();

    private Guid Me => viewer.Value.ClientId!.Value;

    public async Task OnGetAsync()
    {
        await LoadAsync();
        await audit.RecordAsync(AuditCode.Portal_CaseViewed, nameof(PracticeCheckIn), Me, Me);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var practice = Rows.Select(r => r.Practice).FirstOrDefault(p => p.Id == CheckIn.PracticeId);
        if (practice is null)
        {
            return NotFound();
        }

        if (CheckIn.Day is { } chosen && !Week.Contains(chosen))
        {
            ModelState.AddModelError("CheckIn.Day", "Check in for today or one of the six days before it.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var day = CheckIn.Day!.Value;
        var checkIn = await db.PracticeCheckIns.FirstOrDefaultAsync(c => c.ClientId == Me && c.HomePracticeId == practice.Id && c.Day == day);
        if (checkIn?.Version != CheckIn.SeenVersionOf(day))
        {
            ModelState.AddModelError("", $"{practice.Name} on {day:dddd d MMMM} was saved from another window since you opened this page: {Describe(checkIn)}. Nothing was saved; check in again to change it.");
            return Page();
        }

        if (checkIn is null)
        {
            checkIn = new PracticeCheckIn { PracticeId = viewer.Value.PracticeId, ClientId = Me, HomePracticeId = practice.Id, Day = day };
            db.PracticeCheckIns.Add(checkIn);
        }

        checkIn.CaseId = practice.CaseId;
        if (!await log.MayWriteAsync(checkIn))
        {
            return NotFound();
        }

        checkIn.Done = CheckIn.Done!.Value;
        checkIn.HowItWent = checkIn.Done ? CheckIn.HowItWent : null;
        checkIn.Note = string.IsNullOrWhiteSpace(CheckIn.Note) ? null : CheckIn.Note.Trim();
        try
        {
            await audit.RecordAsync(AuditCode.PracticeLog_CheckedIn, nameof(PracticeCheckIn), checkIn.Id, Me);
        }
        catch (DbUpdateException error) when (error is DbUpdateConcurrencyException || error.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", "This day was just saved from another window. Check the week below and save again if needed.");
            await LoadAsync();
            return Page();
        }

        return RedirectToPage(null, null, $"practice-{practice.Id}");
    }

    private static string Describe(PracticeCheckIn? checkIn) => checkIn switch
    {
        null => "it was cleared",
        { Done: true } => $"done, how it went {checkIn.HowItWent} of 5" + (checkIn.Note is { } note ? $", “{note}”" : ""),
        _ => "not today" + (checkIn.Note is { } skipped ? $", “{skipped}”" : ""),
    };

    private async Task LoadAsync()
    {
        Today = await db.PracticeTodayAsync(viewer.Value.PracticeId, clock);
        Week = PracticeLog.Days(Today.AddDays(1 - DaysShown), Today);
        Rows = await log.RowsAsync(Me, await log.GivenAsync(Me, Today), Week[0], Today);
    }
}
