using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Measures;
using Tandem.Core.Sharing;
using Tandem.Data;
using Tandem.Web.Authorization.Material;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Measures;
using Tandem.Web.Pages.Portal.Sharing;

namespace Tandem.Web.Pages.Portal.Measures;

/// <summary>
/// My own scores over time. In a couple, my partner's satisfaction line joins mine only if they chose to show it to me
/// in our case; I choose the same for mine here, case by case. A later case's clinicians see my earlier scores only if
/// I share them into it.
/// </summary>
public sealed class IndexModel(
    TandemDbContext db, MaterialScope scope, PortalCases cases, ShareTargets targets, ScoreHistory history, QuestionnaireScope questionnaires,
    PracticeInstruments practiceInstruments, ClinicalAudit audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(ScoreChart Chart, ScoreHistory.Change? Change)> Charts { get; private set; } = [];

    /// <summary>Each open couple case of mine: whether I show my line there, and whether my partner shows theirs.</summary>
    /// <param name="MyVersion">The version of my place in the case, which holds my choice: what the form changing it posts back.</param>
    public sealed record CoupleLines(Guid CaseId, string PartnerName, bool IShowMine, bool PartnerShowsTheirs, Guid MyVersion);

    public IReadOnlyList<CoupleLines> Couples { get; private set; } = [];

    /// <summary>Open cases of mine with answers of mine from other cases: shared into it already, or not, and the version of those shares.</summary>
    public IReadOnlyList<(ShareTarget Case, bool Shared, Guid Version)> EarlierScores { get; private set; } = [];

    private Guid Me => scope.Viewer.ClientId!.Value;

    public async Task OnGetAsync()
    {
        var zone = await db.PracticeZoneAsync(scope.Viewer.PracticeId);
        var today = await db.PracticeTodayAsync(scope.Viewer.PracticeId, clock);
        var couples = await cases.OpenCouplesAsync();
        var coupleIds = couples.Select(c => c.CaseId).ToList();
        var mine = await history.ScoresAsync(db.QuestionnaireResponses.Where(r => r.PracticeId == scope.Viewer.PracticeId && r.ClientId == Me), zone);
        var partners = await history.ScoresAsync(db.QuestionnaireResponses.Where(r => r.PracticeId == scope.Viewer.PracticeId && r.ClientId != Me && coupleIds.Contains(r.CaseId)), zone);
        var dosing = (await history.DosingDaysAsync([Me], zone))[Me];
        var instruments = (await practiceInstruments.AllAsync(scope.Viewer.PracticeId)).Where(i => couples.Count > 0 || !i.CouplesOnly);
        Charts = [.. instruments.Select(instrument =>
        {
            var own = mine.Where(s => s.InstrumentCode == instrument.Code).ToList();
            List<ScoreLine> lines = [ScoreHistory.Line("Me", own)];
            lines.AddRange(couples
                .Select(c => (c.PartnerName, Scores: partners.Where(s => s.ClientId == c.PartnerId && s.InstrumentCode == instrument.Code).ToList()))
                .Where(p => p.Scores.Count > 0)
                .Select(p => ScoreHistory.Line(p.PartnerName, p.Scores)));
            return (new ScoreChart(instrument, lines, dosing, today), ScoreHistory.ChangeOf(instrument, own));
        })];
        await audit.RecordPartnerReadsAsync(nameof(QuestionnaireResponse), partners.Select(s => s.ClientId).Distinct().Select(id => (id, id)));

        var places = await db.CaseParticipants.AsNoTracking().Where(p => p.PracticeId == scope.Viewer.PracticeId && coupleIds.Contains(p.CaseId))
            .Select(p => new { p.CaseId, p.ClientId, p.ShowsCoupleScoresToPartner, p.Version }).ToListAsync();
        Couples = [.. couples.Select(c =>
        {
            var mine = places.First(p => p.CaseId == c.CaseId && p.ClientId == Me);
            var theirs = places.Any(p => p.CaseId == c.CaseId && p.ClientId == c.PartnerId && p.ShowsCoupleScoresToPartner);
            return new CoupleLines(c.CaseId, c.PartnerName, mine.ShowsCoupleScoresToPartner, theirs, mine.Version);
        })];
        EarlierScores = await EarlierScoresAsync();
        await audit.RecordReadAsync(AuditCode.Questionnaire_Viewed, nameof(QuestionnaireResponse), Me, Me);
    }

    public async Task<IActionResult> OnPostShareAsync(Guid caseId, bool show, Guid? version)
    {
        if ((await cases.OpenCouplesAsync()).FirstOrDefault(c => c.CaseId == caseId) is not { } couple)
        {
            return NotFound();
        }

        var mine = await db.CaseParticipants.SingleAsync(p => p.PracticeId == scope.Viewer.PracticeId && p.CaseId == caseId && p.ClientId == Me);
        if (!mine.IsAsShown(version))
        {
            return await RefusedAsync($"Whether {couple.PartnerName} sees your couple-satisfaction line",
                mine.ShowsCoupleScoresToPartner ? $"{couple.PartnerName} sees it" : $"{couple.PartnerName} does not see it");
        }

        mine.ShowsCoupleScoresToPartner = show;
        await audit.SaveAndRecordAsync(AuditCode.ScoreSharing_Changed, nameof(CaseParticipant), mine.Id, Me);
        return RedirectToPage();
    }

    /// <summary>Shares my answers from other cases with the clinicians of this one, or stops sharing them there.</summary>
    public async Task<IActionResult> OnPostShareEarlierAsync(Guid caseId, bool share, Guid? version)
    {
        if ((await targets.OpenAsync()).FirstOrDefault(t => t.CaseId == caseId) is not { } target)
        {
            return NotFound();
        }

        if ((await EarlierScoresAsync()).Where(e => e.Case.CaseId == caseId).ToList() is not [var shown])
        {
            return NotFound();
        }

        if (shown.Version != version)
        {
            return await RefusedAsync($"Sharing your earlier answers with {target.Name}",
                shown.Shared ? "your clinicians there see them" : "your clinicians there do not see them, or not all of them");
        }

        var answered = await db.QuestionnaireResponses.AsNoTracking()
            .Where(r => r.PracticeId == scope.Viewer.PracticeId && r.ClientId == Me && r.CaseId != caseId && r.SubmittedAt != null)
            .Select(r => new QuestionnaireScope.Row(r.Id, r.PracticeId, r.ClientId, r.CaseId, r.InstrumentCode, true))
            .ToListAsync();
        var earlier = (await questionnaires.AllowedAsync(answered, r => r, MaterialOperations<QuestionnaireResponse>.Share)).Select(r => r.Id).ToList();
        var existing = await db.Shares.Where(s => s.PracticeId == scope.Viewer.PracticeId && s.Kind == MaterialKind.QuestionnaireResponse && s.CaseId == caseId && earlier.Contains(s.ItemId)).ToListAsync();
        if (share)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var choice = new ShareChoice(Visibility.MeAndMyClinician, target);
            db.Shares.AddRange(earlier.Except(existing.Select(s => s.ItemId))
                .Select(id => choice.ShareOf(MaterialKind.QuestionnaireResponse, id, Me, scope.Viewer.PracticeId, now)!));
        }
        else
        {
            db.Shares.RemoveRange(existing);
        }

        await audit.SaveAndRecordAsync(AuditCode.Share_Changed, nameof(QuestionnaireResponse), caseId, Me);
        return RedirectToPage();
    }

    /// <summary>The page again, saying what changed since it was shown; nothing is saved.</summary>
    private async Task<IActionResult> RefusedAsync(string what, string now)
    {
        var refusals = new Refusals();
        refusals.AddStale(what, now);
        ModelState.Refuse(refusals);
        await OnGetAsync();
        return Page();
    }

    private async Task<List<(ShareTarget Case, bool Shared, Guid Version)>> EarlierScoresAsync()
    {
        var answered = await db.QuestionnaireResponses.AsNoTracking().Where(r => r.PracticeId == scope.Viewer.PracticeId && r.ClientId == Me && r.SubmittedAt != null).Select(r => new { r.Id, r.CaseId }).ToListAsync();
        var ids = answered.Select(r => r.Id).ToList();
        var shared = await db.Shares.AsNoTracking().Where(s => s.PracticeId == scope.Viewer.PracticeId && s.Kind == MaterialKind.QuestionnaireResponse && ids.Contains(s.ItemId)).ToListAsync();
        return [.. (await targets.OpenAsync())
            .Select(t => (t, Earlier: answered.Where(r => r.CaseId != t.CaseId).ToList()))
            .Where(x => x.Earlier.Count > 0)
            .Select(x => (x.t, x.Earlier.All(r => shared.Any(s => s.ItemId == r.Id && s.CaseId == x.t.CaseId)),
                StaleEdits.VersionOf(shared.Where(s => s.CaseId == x.t.CaseId && x.Earlier.Any(r => r.Id == s.ItemId)))))];
    }
}
