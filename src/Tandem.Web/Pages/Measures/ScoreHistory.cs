using Microsoft.EntityFrameworkCore;
using Tandem.Core;
using Tandem.Core.Measures;
using Tandem.Core.Sharing;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Authorization.Material;

namespace Tandem.Web.Pages.Measures;

/// <summary>Answered questionnaires and dosing days, read for charts and for change from baseline.</summary>
public sealed class ScoreHistory(TandemDbContext db, QuestionnaireScope questionnaires, CurrentViewer viewer)
{
    public sealed record Score(Guid ClientId, string InstrumentCode, Timepoint Timepoint, DateOnly Day, double Value);

    /// <summary>Change from the first score (the baseline) to the latest, classified where the instrument carries criteria.</summary>
    public sealed record Change(double Baseline, double Latest, ChangeLabel? Label, bool? CaseAtBaseline, bool? CaseNow)
    {
        public double Difference => Latest - Baseline;

        public string Describe() => Label switch
        {
            ChangeLabel.ReliableImprovement => "reliable improvement",
            ChangeLabel.ReliableDeterioration => "reliable deterioration",
            ChangeLabel.Recovery => "recovery",
            ChangeLabel.ReliableRecovery => "reliable recovery",
            ChangeLabel.NoReliableChange => "no reliable change",
            _ => "change not classified: the practice has not entered reference values for this instrument",
        };
    }

    /// <summary>
    /// The answered questionnaires among <paramref name="candidates"/> the viewer may read, each decided by
    /// <see cref="QuestionnaireResponseHandler"/>: the client's own, those asked in or shared into a case whose team the
    /// viewer is on, and a partner's couple-satisfaction line they chose to show in an open case of ours.
    /// </summary>
    public async Task<List<Score>> ScoresAsync(IQueryable<QuestionnaireResponse> candidates, TimeZoneInfo zone)
    {
        var rows = await candidates.AsNoTracking()
            .Where(r => r.SubmittedAt != null && r.Score != null)
            .OrderBy(r => r.SubmittedAt)
            .Select(r => new { r.Id, r.PracticeId, r.ClientId, r.CaseId, r.InstrumentCode, r.Timepoint, SubmittedAt = r.SubmittedAt!.Value, Score = r.Score!.Value })
            .ToListAsync();
        var readable = await questionnaires.AllowedAsync(
            rows, r => new QuestionnaireScope.Row(r.Id, r.PracticeId, r.ClientId, r.CaseId, r.InstrumentCode, IsSubmitted: true), MaterialOperations<QuestionnaireResponse>.Read);
        return [.. readable.Select(r => new Score(r.ClientId, r.InstrumentCode, r.Timepoint, r.SubmittedAt.DayIn(zone), r.Score))];
    }

    /// <summary>
    /// What the team of <paramref name="caseId"/> reads of its participants: answers asked in the case, and earlier ones
    /// shared into it. Read from the case's participants to their answers, never by testing each answer of the practice.
    /// </summary>
    public Task<List<Score>> InCaseAsync(Guid caseId, TimeZoneInfo zone)
    {
        var practiceId = viewer.Value.PracticeId;
        var answers =
            from p in db.CaseParticipants
            where p.PracticeId == practiceId && p.CaseId == caseId
            join r in db.QuestionnaireResponses on new { p.PracticeId, p.ClientId } equals new { r.PracticeId, r.ClientId }
            where r.CaseId == caseId || db.Shares.Any(s => s.PracticeId == r.PracticeId && s.Kind == MaterialKind.QuestionnaireResponse && s.ItemId == r.Id && s.CaseId == caseId)
            select r;
        return ScoresAsync(answers, zone);
    }

    /// <summary>The days each client was given a dose in signed dosing records, of one case when named.</summary>
    public async Task<Dictionary<Guid, List<DateOnly>>> DosingDaysAsync(IReadOnlyCollection<Guid> clientIds, TimeZoneInfo zone, Guid? caseId = null)
    {
        var given = await db.DosingRecords.AsNoTracking()
            .Where(r => r.PracticeId == viewer.Value.PracticeId && clientIds.Contains(r.ClientId) && r.GivenAt != null
                && db.DosingSessions.Any(d => d.PracticeId == viewer.Value.PracticeId && d.Id == r.DosingSessionId && d.SignedAt != null && (caseId == null || d.CaseId == caseId)))
            .Select(r => new { r.ClientId, GivenAt = r.GivenAt!.Value })
            .ToListAsync();
        return clientIds.ToDictionary(id => id, id => given.Where(g => g.ClientId == id)
            .Select(g => g.GivenAt.DayIn(zone)).Distinct().Order().ToList());
    }

    public static ScoreLine Line(string name, IEnumerable<Score> scores) =>
        new(name, [.. scores.OrderBy(s => s.Day).Select(s => new ScorePoint(s.Day, s.Value, s.Timepoint))]);

    public static Change? ChangeOf(Instrument instrument, IReadOnlyList<Score> scores)
    {
        if (scores.Count < 2)
        {
            return null;
        }

        var ordered = scores.OrderBy(s => s.Day).ToList();
        var baseline = ordered.FirstOrDefault(s => s.Timepoint == Timepoint.Baseline) ?? ordered[0];
        var latest = ordered[^1];
        return instrument.Change is { } criteria
            ? new Change(baseline.Value, latest.Value, ReliableChange.Classify(criteria, baseline.Value, latest.Value), criteria.IsCase(baseline.Value), criteria.IsCase(latest.Value))
            : new Change(baseline.Value, latest.Value, null, null, null);
    }
}
