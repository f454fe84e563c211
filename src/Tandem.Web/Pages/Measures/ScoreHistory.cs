using Microsoft.EntityFrameworkCore;
using Tandem.Core.Measures;
using Tandem.Data;

namespace Tandem.Web.Pages.Measures;

/// <summary>Answered questionnaires and dosing days, read for charts and for change from baseline.</summary>
public sealed class ScoreHistory(TandemDbContext db)
{
    public sealed record Score(Guid ClientId, string InstrumentCode, string Timepoint, DateOnly Day, int Value);

    /// <summary>Change from the first score (the baseline) to the latest, classified where the instrument carries criteria.</summary>
    public sealed record Change(int Baseline, int Latest, ChangeLabel? Label, bool? CaseAtBaseline, bool? CaseNow)
    {
        public int Difference => Latest - Baseline;

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

    public async Task<List<Score>> ScoresAsync(IReadOnlyCollection<Guid> clientIds, TimeZoneInfo zone)
    {
        var rows = await db.QuestionnaireResponses.AsNoTracking()
            .Where(r => clientIds.Contains(r.ClientId) && r.SubmittedAt != null && r.Score != null)
            .OrderBy(r => r.SubmittedAt)
            .Select(r => new { r.ClientId, r.InstrumentCode, r.Timepoint, SubmittedAt = r.SubmittedAt!.Value, Score = r.Score!.Value })
            .ToListAsync();
        return [.. rows.Select(r => new Score(r.ClientId, r.InstrumentCode, r.Timepoint, DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(r.SubmittedAt, zone)), r.Score))];
    }

    /// <summary>The days each client was given a dose, from signed dosing records.</summary>
    public async Task<Dictionary<Guid, List<DateOnly>>> DosingDaysAsync(IReadOnlyCollection<Guid> clientIds, TimeZoneInfo zone)
    {
        var given = await db.DosingRecords.AsNoTracking()
            .Where(r => clientIds.Contains(r.ClientId) && r.GivenAt != null && db.DosingSessions.Any(d => d.Id == r.DosingSessionId && d.SignedAt != null))
            .Select(r => new { r.ClientId, GivenAt = r.GivenAt!.Value })
            .ToListAsync();
        return clientIds.ToDictionary(id => id, id => given.Where(g => g.ClientId == id)
            .Select(g => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(g.GivenAt, zone))).Distinct().Order().ToList());
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
        var baseline = ordered.FirstOrDefault(s => s.Timepoint == MeasurementSchedule.Baseline) ?? ordered[0];
        var latest = ordered[^1];
        return instrument.Change is { } criteria
            ? new Change(baseline.Value, latest.Value, ReliableChange.Classify(criteria, baseline.Value, latest.Value), criteria.IsCase(baseline.Value), criteria.IsCase(latest.Value))
            : new Change(baseline.Value, latest.Value, null, null, null);
    }
}
