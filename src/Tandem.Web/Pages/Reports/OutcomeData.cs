using Microsoft.EntityFrameworkCore;
using Tandem.Core.Measures;
using Tandem.Core.Treatment;
using Tandem.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Reports;

/// <summary>
/// The practice's answered questionnaires for courses of care whose baseline falls in a date range, de-identified: each
/// client is a keyed pseudonym (the same in every export) and each answer is a number of days since its course's baseline.
/// </summary>
public sealed class OutcomeData(TandemDbContext db, PseudonymKey key)
{
    /// <param name="Course">The client's course of care, counted 1, 2, … by baseline day.</param>
    public sealed record Answered(
        string Pseudonym, int Course, BaselineKind BaselineKind, Instrument Instrument, string InstrumentVersion, string Timepoint,
        int DaysSinceBaseline, int Score, int BaselineScore, IReadOnlyDictionary<int, int> Answers);

    /// <param name="withAnswers">Whether to read each item's answer too (the FHIR export carries them; the page and CSV do not).</param>
    public async Task<List<Answered>> LoadAsync(Guid practiceId, IReadOnlyList<Instrument> instruments, DateOnly from, DateOnly to, bool withAnswers = false)
    {
        var zone = await db.PracticeZoneAsync(practiceId);

        // A course whose baseline falls in the range has that baseline answered within a day of it in UTC, so only
        // clients who answered then can have one; their whole history is read, so courses pair as over the practice.
        var (fromUtc, toUtc) = (from.ToDateTime(TimeOnly.MinValue).AddDays(-1), to.ToDateTime(TimeOnly.MinValue).AddDays(2));
        var scored = db.QuestionnaireResponses.Where(r => r.PracticeId == practiceId && r.SubmittedAt != null && r.Score != null);
        var answeredThen = scored.Where(r => r.SubmittedAt >= fromUtc && r.SubmittedAt < toUtc).Select(r => r.ClientId);
        var rows = await scored.AsNoTracking()
            .Where(r => answeredThen.Contains(r.ClientId))
            .Select(r => new { r.Id, r.ClientId, r.CaseId, r.SeriesId, r.InstrumentCode, r.InstrumentVersion, r.Timepoint, SubmittedAt = r.SubmittedAt!.Value, Score = r.Score!.Value })
            .ToListAsync();
        var caseIds = rows.Select(r => r.CaseId).Distinct().ToList();
        var series = await db.Series.AsNoTracking().Where(s => s.PracticeId == practiceId && caseIds.Contains(s.CaseId)).Select(s => new { s.Id, s.CaseId, s.StartDate }).ToListAsync();
        var firstDoses = (await db.SeriesSessions.AsNoTracking()
                .Where(s => s.PracticeId == practiceId && caseIds.Contains(s.CaseId) && !s.Cancelled && SessionKinds.Dosing.Contains(s.Kind))
                .Select(s => new { s.SeriesId, s.Date })
                .ToListAsync())
            .GroupBy(s => s.SeriesId)
            .ToDictionary(g => g.Key, g => g.Min(s => s.Date));
        DateOnly Day(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, zone));

        var courses = CoursesOfCare.Pair(
            [.. rows.Select(r => new AnsweredScore(r.Id, r.ClientId, r.CaseId, r.SeriesId, r.InstrumentCode, r.Timepoint, Day(r.SubmittedAt), r.Score))],
            [.. series.Select(s => new SeriesCourse(s.Id, s.CaseId, s.StartDate, firstDoses.TryGetValue(s.Id, out var first) ? first : null))],
            MeasurementSchedule.ReportTimepoints.Skip(1).ToList());
        var inRange = courses.Where(c => c.BaselineDay >= from && c.BaselineDay <= to).ToList();
        var byId = rows.ToDictionary(r => r.Id);
        // A course's instruments may have their baselines on different days; the course is dated by its first.
        var numbers = inRange.GroupBy(c => (c.ClientId, c.CaseId, c.SeriesId))
            .Select(g => (Course: g.Key, Starts: g.Min(c => c.BaselineDay)))
            .GroupBy(c => c.Course.ClientId)
            .SelectMany(g => g.OrderBy(c => c.Starts).Select((c, i) => (c.Course, Number: i + 1)))
            .ToDictionary(x => x.Course, x => x.Number);
        var names = inRange.Select(c => c.ClientId).Distinct().ToDictionary(c => c, c => Pseudonym.Of(key.Value, practiceId, c));
        var timepoints = MeasurementSchedule.ReportTimepoints.ToList();
        var answersOf = withAnswers ? await AnswersAsync(practiceId, [.. inRange.Select(c => c.ResponseId)]) : [];
        return [.. inRange
            .Select(c => new Answered(
                names[c.ClientId], numbers[(c.ClientId, c.CaseId, c.SeriesId)], c.BaselineKind, instruments.Single(i => i.Code == c.InstrumentCode),
                byId[c.ResponseId].InstrumentVersion, c.Timepoint, c.Day.DayNumber - c.BaselineDay.DayNumber, c.Score, c.BaselineScore,
                answersOf.GetValueOrDefault(c.ResponseId) ?? new Dictionary<int, int>()))
            .OrderBy(a => a.Pseudonym, StringComparer.Ordinal).ThenBy(a => a.Course).ThenBy(a => a.Instrument.Code).ThenBy(a => timepoints.IndexOf(a.Timepoint))];
    }

    private async Task<Dictionary<Guid, IReadOnlyDictionary<int, int>>> AnswersAsync(Guid practiceId, List<Guid> ids)
    {
        var answers = new Dictionary<Guid, IReadOnlyDictionary<int, int>>(ids.Count);
        foreach (var chunk in ids.Chunk(1000))
        {
            var rows = await db.QuestionnaireResponses.AsNoTracking().Where(r => r.PracticeId == practiceId && chunk.Contains(r.Id)).Select(r => new { r.Id, r.AnswersJson }).ToListAsync();
            foreach (var r in rows)
            {
                answers[r.Id] = System.Text.Json.JsonSerializer.Deserialize<Dictionary<int, int>>(r.AnswersJson) ?? [];
            }
        }

        return answers;
    }

    /// <summary>Each practice's table of outcomes: one row per timepoint after baseline, for each instrument, over courses of care.</summary>
    public static IEnumerable<(Instrument Instrument, IReadOnlyList<TimepointOutcome> Rows)> Summarise(
        IReadOnlyList<Instrument> instruments, IReadOnlyList<Answered> answered) =>
        instruments.Select(instrument =>
        {
            var mine = answered.Where(a => a.Instrument.Code == instrument.Code).ToList();
            IReadOnlyList<TimepointOutcome> rows = [.. MeasurementSchedule.ReportTimepoints.Skip(1).Select(timepoint => OutcomeReport.Summarise(
                instrument, timepoint, [.. mine.Where(a => a.Timepoint == timepoint).Select(a => new ScorePair(a.BaselineScore, a.Score))]))];
            return (instrument, rows);
        });

    /// <summary>NHS Talking Therapies' paired rows: each later timepoint over courses with PHQ-9 and GAD-7 at baseline and then.</summary>
    public static IReadOnlyList<PairedOutcome> Paired(IReadOnlyList<Answered> answered)
    {
        var phq = answered.Where(a => a.Instrument.Code == Instruments.Phq9.Code).ToDictionary(a => (a.Pseudonym, a.Course, a.Timepoint));
        var gad = answered.Where(a => a.Instrument.Code == Instruments.Gad7.Code).ToDictionary(a => (a.Pseudonym, a.Course, a.Timepoint));
        return [.. MeasurementSchedule.ReportTimepoints.Skip(1).Select(timepoint => PairedRecovery.Summarise(timepoint, [.. phq
            .Where(p => p.Key.Timepoint == timepoint && gad.ContainsKey(p.Key))
            .Select(p => (P: p.Value, G: gad[p.Key]))
            .Select(x => new PairedScores(x.P.BaselineScore, x.P.Score, x.G.BaselineScore, x.G.Score))]))];
    }
}
