using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Measures;
using Tandem.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Reports;

/// <summary>
/// The practice's answered questionnaires for clients whose baseline falls in a date range, de-identified: each client is a
/// pseudonym (the same within a report, meaningless outside it) and each answer is a number of days since their baseline.
/// </summary>
public sealed class OutcomeData(TandemDbContext db)
{
    public sealed record Answered(
        string Pseudonym, Instrument Instrument, string InstrumentVersion, string Timepoint, int DaysSinceBaseline, int Score, IReadOnlyDictionary<int, int> Answers);

    public async Task<List<Answered>> LoadAsync(Guid practiceId, IReadOnlyList<Instrument> instruments, DateOnly from, DateOnly to)
    {
        var zone = await db.PracticeZoneAsync(practiceId);
        var timepoints = MeasurementSchedule.ReportTimepoints.ToList();
        var rows = await db.QuestionnaireResponses.AsNoTracking()
            .Where(r => r.PracticeId == practiceId && r.SubmittedAt != null && r.Score != null && timepoints.Contains(r.Timepoint))
            .Select(r => new { r.ClientId, r.InstrumentCode, r.InstrumentVersion, r.Timepoint, SubmittedAt = r.SubmittedAt!.Value, Score = r.Score!.Value, r.AnswersJson })
            .ToListAsync();
        DateOnly Day(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, zone));

        // A client back for a second series has a timepoint twice; the report counts their first course of care.
        var firsts = rows.GroupBy(r => (r.ClientId, r.InstrumentCode, r.Timepoint)).Select(g => g.MinBy(r => r.SubmittedAt)!).ToList();
        var baselines = firsts.Where(r => r.Timepoint == MeasurementSchedule.Baseline)
            .Where(b => Day(b.SubmittedAt) >= from && Day(b.SubmittedAt) <= to)
            .ToDictionary(b => (b.ClientId, b.InstrumentCode), b => Day(b.SubmittedAt));
        var names = Pseudonyms(practiceId, baselines.Keys.Select(k => k.ClientId));
        return [.. firsts
            .Where(r => baselines.ContainsKey((r.ClientId, r.InstrumentCode)))
            .Select(r => new Answered(
                names[r.ClientId], instruments.Single(i => i.Code == r.InstrumentCode), r.InstrumentVersion, r.Timepoint,
                Day(r.SubmittedAt).DayNumber - baselines[(r.ClientId, r.InstrumentCode)].DayNumber, r.Score,
                System.Text.Json.JsonSerializer.Deserialize<Dictionary<int, int>>(r.AnswersJson) ?? []))
            .OrderBy(a => a.Pseudonym).ThenBy(a => a.Instrument.Code).ThenBy(a => timepoints.IndexOf(a.Timepoint))];
    }

    /// <summary>Each practice's table of outcomes: one row per timepoint after baseline, for each instrument.</summary>
    public static IEnumerable<(Instrument Instrument, IReadOnlyList<TimepointOutcome> Rows)> Summarise(
        IReadOnlyList<Instrument> instruments, IReadOnlyList<Answered> answered) =>
        instruments.Select(instrument =>
        {
            var mine = answered.Where(a => a.Instrument.Code == instrument.Code).ToList();
            var baseline = mine.Where(a => a.Timepoint == MeasurementSchedule.Baseline).ToDictionary(a => a.Pseudonym, a => a.Score);
            IReadOnlyList<TimepointOutcome> rows = [.. MeasurementSchedule.ReportTimepoints.Skip(1).Select(timepoint => OutcomeReport.Summarise(
                instrument, timepoint,
                [.. mine.Where(a => a.Timepoint == timepoint && baseline.ContainsKey(a.Pseudonym)).Select(a => new ScorePair(baseline[a.Pseudonym], a.Score))]))];
            return (instrument, rows);
        });

    /// <summary>P-001, P-002, ... in an order set by a hash of each client's id, so the numbering says nothing about who came first.</summary>
    private static Dictionary<Guid, string> Pseudonyms(Guid practiceId, IEnumerable<Guid> clients) =>
        clients.Distinct()
            .OrderBy(c => Convert.ToHexString(SHA256.HashData([.. practiceId.ToByteArray(), .. c.ToByteArray()])), StringComparer.Ordinal)
            .Select((c, i) => (c, $"P-{i + 1:000}"))
            .ToDictionary(x => x.c, x => x.Item2);
}
