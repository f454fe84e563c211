using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Journal;
using Tandem.Core.RippleMap;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Portal.RippleMap;

namespace Tandem.Web.Pages.Portal.Practices;

/// <summary>
/// The client's practice log: one form checks in every practice for a day (today unless they choose another of the
/// week), showing what was already answered; this week at a glance, and each streak.
/// </summary>
public sealed class IndexModel(
    TandemDbContext db, CurrentViewer viewer, HomePracticeLog log, MapSnapshots maps, ClinicalAudit audit, TimeProvider clock) : PageModel
{
    /// <summary>How far back a check-in may be made up: the week on the page.</summary>
    public const int DaysShown = 7;

    public IReadOnlyList<HomePracticeLog.Row> Rows { get; private set; } = [];
    public IReadOnlyList<DateOnly> Week { get; private set; } = [];
    public DateOnly Today { get; private set; }

    /// <summary>The people on my latest map, whom a check-in may name.</summary>
    public IReadOnlyList<MapPerson> MapPeople { get; private set; } = [];

    [BindProperty]
    public CheckInInput CheckIn { get; set; } = new();

    private Guid Me => viewer.Value.ClientId!.Value;

    public async Task OnGetAsync(DateOnly? day)
    {
        await LoadAsync();
        var shown = day is { } chosen && Week.Contains(chosen) ? chosen : Today;
        CheckIn = new CheckInInput { Day = shown, Practices = [.. Rows.Select(r => PracticeAnswer.Of(r.Practice.Id, r.Days.GetValueOrDefault(shown)))] };
        await audit.RecordReadAsync(AuditCode.Portal_CaseViewed, nameof(HomePracticeCheckIn), Me, Me);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var given = Rows.ToDictionary(r => r.Practice.Id, r => r.Practice);
        var ids = CheckIn.Practices.Select(p => p.PracticeId).ToList();
        if (ids.Any(id => !given.ContainsKey(id)) || ids.Distinct().Count() != ids.Count)
        {
            return NotFound();
        }

        if (ModelState.Refuse(Check()) || !ModelState.IsValid)
        {
            return Page();
        }

        var day = CheckIn.Day!.Value;
        var answered = CheckIn.Practices.Where(a => a.IsAnswered).ToList();
        var saved = (await db.HomePracticeCheckIns.Where(c => c.PracticeId == viewer.Value.PracticeId && c.ClientId == Me && ids.Contains(c.HomePracticeId) && c.Day == day).ToListAsync())
            .ToDictionary(c => c.HomePracticeId);
        var stale = new Refusals();
        foreach (var answer in answered.Where(a => saved.GetValueOrDefault(a.PracticeId)?.Version != a.Version))
        {
            var now = saved.GetValueOrDefault(answer.PracticeId);
            stale.Add("", $"{given[answer.PracticeId].Name} on {day:dddd d MMMM} was saved from another window since you opened this page: {Describe(now)}. Nothing was saved: your answers are still below; save again to keep them.");
            // The form now carries the check-in as it is, so saving again replaces it knowingly.
            answer.Version = now?.Version;
        }

        if (ModelState.Refuse(stale))
        {
            return Page();
        }

        var written = new List<HomePracticeCheckIn>();
        foreach (var answer in answered.Where(a => a.Changes(saved.GetValueOrDefault(a.PracticeId))))
        {
            var checkIn = saved.GetValueOrDefault(answer.PracticeId)
                ?? db.HomePracticeCheckIns.Add(new HomePracticeCheckIn { PracticeId = viewer.Value.PracticeId, ClientId = Me, HomePracticeId = answer.PracticeId, Day = day }).Entity;
            checkIn.CaseId = given[answer.PracticeId].CaseId;
            if (!await log.MayWriteAsync(checkIn))
            {
                return NotFound();
            }

            (checkIn.Done, checkIn.HowItWent, checkIn.Note, checkIn.MapPersonId) = (answer.Done!.Value, answer.StoredHowItWent, answer.StoredNote, answer.WithPersonId);
            written.Add(checkIn);
        }

        if (written.Count > 0)
        {
            try
            {
                await audit.SaveAndRecordAllAsync(AuditCode.HomePracticeLog_CheckedIn, written.Select(c => (nameof(HomePracticeCheckIn), c.Id, (Guid?)Me)));
            }
            catch (DbUpdateException error) when (error is DbUpdateConcurrencyException || error.IsUniqueViolation())
            {
                db.ChangeTracker.Clear();
                ModelState.Refuse([("", "This day was just saved from another window. Nothing was saved: check the week below and save again if needed.")]);
                return Page();
            }
        }

        return RedirectToPage(null, null, new { day = day == Today ? null : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, "check-in");
    }

    /// <summary>
    /// Each answer's own rules (once its fields are well formed), someone from my latest map, and a day of the week shown.
    /// </summary>
    private Refusals Check()
    {
        var refusals = new Refusals();
        var onMyMap = MapPeople.Select(p => p.PersonId).ToHashSet();
        for (var i = 0; i < CheckIn.Practices.Count; i++)
        {
            var at = $"CheckIn.Practices[{i}]";
            if (ModelState.GetFieldValidationState(at) != ModelValidationState.Invalid)
            {
                CheckIn.Practices[i].Check(refusals, at);
            }

            if (CheckIn.Practices[i].WithPersonId is { } person && !onMyMap.Contains(person))
            {
                refusals.Add($"{at}.WithPersonId", "Choose someone from your latest map, or no one.");
            }
        }

        if (CheckIn.Day is { } chosen && !Week.Contains(chosen))
        {
            refusals.Add("CheckIn.Day", "Check in for today or one of the six days before it.");
        }

        return refusals;
    }

    /// <summary>The practice given, by the id a posted answer names.</summary>
    public HomePracticeLog.Given? Practice(Guid id) => Rows.Select(r => r.Practice).FirstOrDefault(p => p.Id == id);

    private static string Describe(HomePracticeCheckIn? checkIn) => checkIn switch
    {
        null => "it was cleared",
        { Done: true } => $"done, how it went {checkIn.HowItWent} of 5" + (checkIn.Note is { } note ? $", “{note}”" : ""),
        _ => "not today" + (checkIn.Note is { } skipped ? $", “{skipped}”" : ""),
    };

    private async Task LoadAsync()
    {
        Today = await db.PracticeTodayAsync(viewer.Value.PracticeId, clock);
        Week = HomePracticeLog.Days(Today.AddDays(1 - DaysShown), Today);
        Rows = await log.RowsAsync(Me, await log.GivenAsync(Me, Today), Week[0], Today);
        MapPeople = (await maps.LatestOfAsync(Me))?.People.OrderBy(p => p.Ring).ThenBy(p => p.Label, StringComparer.Ordinal).ToList() ?? [];
    }
}
