using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.RippleMap;
using Tandem.Core.Sharing;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Portal.Sharing;

namespace Tandem.Web.Pages.Portal.RippleMap;

/// <summary>
/// Drawing my map, or redrawing it from the last one: its people carry forward as the same people, and saving makes a
/// new snapshot with who may read it, and draws each map the schedule has open now. Works as plain form posts: "more
/// rows" only shows the form again, longer.
/// </summary>
public sealed class DrawModel(
    TandemDbContext db, CurrentViewer viewer, MapSnapshots snapshots, MapsDue due, ShareTargets targets, ClinicalAudit audit, TimeProvider clock) : PageModel
{
    private const int BlankRows = 3;

    public MapSnapshot? Latest { get; private set; }

    /// <summary>The scheduled maps this drawing will be, if it is drawn today; none makes it a redraw at any time.</summary>
    public IReadOnlyList<ScheduledMap> Due { get; private set; } = [];
    public IReadOnlyList<ShareTarget> Open { get; private set; } = [];
    public ShareChoiceView ShareChoice => new("Input", Input.Visibility, Input.CaseId, Open);
    public Guid Me => viewer.Value.ClientId!.Value;

    [BindProperty]
    public MapInput Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Input = MapInput.From(Latest, BlankRows);
        Input.Visibility = Visibility.OnlyMe;
        await audit.RecordReadAsync(AuditCode.Portal_CaseViewed, nameof(MapSnapshot), Latest?.Id ?? Me, Me);
    }

    /// <summary>Shows the form again with what was typed and more empty rows; nothing is saved.</summary>
    public async Task<IActionResult> OnPostMoreAsync()
    {
        await LoadAsync();
        ModelState.Clear();
        var room = MapSnapshot.MaxPeople - Input.People.Count(p => !p.IsBlank);
        Input.People.AddRange(Enumerable.Range(0, Math.Clamp(room, 0, 5)).Select(_ => new PersonRow()));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var refusals = new Refusals();
        var stale = Input.StartedFromVersion != Latest?.Version;
        if (stale)
        {
            refusals.AddStale("Your map", Latest is null ? "it has no snapshot now" : $"it was drawn again on {Latest.DrawnAt:d MMMM 'at' HH:mm}, in another window");
        }

        var people = stale ? null : MapChecks.Check(refusals, Input, Latest);
        var choice = stale ? null : Sharing.ShareChoice.Check(refusals, "Input", Input.Visibility, Input.CaseId, Open);
        if (ModelState.Refuse(refusals) || people is null || choice is null || !ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var snapshot = new MapSnapshot { PracticeId = viewer.Value.PracticeId, ClientId = Me, DrawnAt = now };
        foreach (var person in people)
        {
            (person.PracticeId, person.SnapshotId) = (snapshot.PracticeId, snapshot.Id);
            snapshot.People.Add(person);
        }

        db.MapSnapshots.Add(snapshot);
        foreach (var map in Due)
        {
            map.SnapshotId = snapshot.Id;
        }

        if (choice.ShareOf(MaterialKind.MapSnapshot, snapshot.Id, Me, snapshot.PracticeId, now) is { } share)
        {
            db.Shares.Add(share);
        }

        try
        {
            await audit.SaveAndRecordAsync(AuditCode.MapSnapshot_Drawn, nameof(MapSnapshot), snapshot.Id, Me);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Two windows saved at once and the other drew the scheduled map first; its version stands.
            var overtaken = new Refusals();
            overtaken.AddStale("Your map", "it was drawn again a moment ago, in another window");
            ModelState.Refuse(overtaken);
            return Page();
        }

        return RedirectToPage("/Portal/RippleMap/Snapshot", new { id = snapshot.Id });
    }

    private async Task LoadAsync()
    {
        Latest = await snapshots.LatestOfAsync(Me);
        Due = await due.OpenAsync(viewer.Value.PracticeId, Me, await db.PracticeTodayAsync(viewer.Value.PracticeId, clock));
        Open = await targets.OpenAsync();
    }
}
