using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tandem.Core;
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
        string Pseudonym, int Course, BaselineKind BaselineKind, Instrument Instrument, string InstrumentVersion, Timepoint Timepoint,
        int DaysSinceBaseline, double Score, double BaselineScore, IReadOnlyDictionary<int, int> Answers);

    /// <summary>How many clients are read at once: an export holds one group's rows at a time, however large the practice.</summary>
    public int ClientsPerRead { get; init; } = 1000;

    private sealed record Row(
        Guid Id, Guid ClientId, Guid CaseId, Guid? SeriesId, string InstrumentCode, string InstrumentVersion, Timepoint Timepoint, DateTime SubmittedAt, double Score, string? AnswersJson);

    /// <summary>Every row, in no particular order: for the report's tables, which only count them.</summary>
    public async Task<List<Answered>> LoadAsync(Guid practiceId, IReadOnlyList<Instrument> instruments, DateOnly from, DateOnly to)
    {
        var all = new List<Answered>();
        await foreach (var group in ReadAsync(practiceId, instruments, from, to, withAnswers: false, inPseudonymOrder: false))
        {
            all.AddRange(group);
        }

        return all;
    }

    /// <summary>The rows a group of clients at a time, each client's courses whole in one group.</summary>
    /// <param name="withAnswers">Whether to read each item's answer too (the FHIR export carries them; the page and CSV do not).</param>
    /// <param name="inPseudonymOrder">
    /// Clients in pseudonym order, as the exports list them, read by their ids a group at a time; otherwise in one pass over
    /// the database's order of client ids, which is quicker but follows when each client was added, so never leaves the server.
    /// </param>
    private async IAsyncEnumerable<IReadOnlyList<Answered>> ReadAsync(
        Guid practiceId, IReadOnlyList<Instrument> instruments, DateOnly from, DateOnly to, bool withAnswers, bool inPseudonymOrder = true,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var zone = await db.PracticeZoneAsync(practiceId);

        // A course whose baseline falls in the range has that baseline answered within a day of it in UTC, so only
        // clients who answered then can have one; their whole history is read, so courses pair as over the practice.
        var (fromUtc, toUtc) = (from.ToDateTime(TimeOnly.MinValue).AddDays(-1), to.ToDateTime(TimeOnly.MinValue).AddDays(2));
        var answeredThen = Scored(practiceId).Where(r => r.SubmittedAt >= fromUtc && r.SubmittedAt < toUtc).Select(r => r.ClientId);
        var courses = await CoursesAsync(practiceId, cancellationToken);
        var group = new Group(key.Value, practiceId, instruments, from, to, zone, courses);
        if (inPseudonymOrder)
        {
            var clients = (await answeredThen.Distinct().ToListAsync(cancellationToken))
                .Select(c => (Id: c, Pseudonym: Pseudonym.Of(key.Value, practiceId, c)))
                .OrderBy(c => c.Pseudonym, StringComparer.Ordinal).ToList();
            foreach (var ids in clients.Chunk(ClientsPerRead).Select(chunk => chunk.Select(c => c.Id).ToList()))
            {
                var rows = await Rows(practiceId, Scored(practiceId).Where(r => ids.Contains(r.ClientId)), withAnswers).ToListAsync(cancellationToken);
                if (group.Of(rows) is { Count: > 0 } answered)
                {
                    yield return answered;
                }
            }

            yield break;
        }

        var held = new List<Row>();
        var heldClients = 0;
        var all = Scored(practiceId).Where(r => answeredThen.Contains(r.ClientId)).OrderBy(r => r.ClientId);
        await foreach (var row in Rows(practiceId, all, withAnswers).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (held.Count > 0 && held[^1].ClientId != row.ClientId && ++heldClients == ClientsPerRead)
            {
                yield return group.Of(held);
                (held, heldClients) = ([], 0);
            }

            held.Add(row);
        }

        if (held.Count > 0)
        {
            yield return group.Of(held);
        }
    }

    /// <summary>
    /// The rows to export, or null when the range has fewer than <paramref name="minimumClients"/> clients, since row-level
    /// exports of fewer would let a reader pick someone out. The first groups are held until they show that many.
    /// </summary>
    public async Task<IAsyncEnumerable<IReadOnlyList<Answered>>?> ExportableAsync(
        Guid practiceId, IReadOnlyList<Instrument> instruments, DateOnly from, DateOnly to, int minimumClients, bool withAnswers, CancellationToken cancellationToken)
    {
        var groups = ReadAsync(practiceId, instruments, from, to, withAnswers, cancellationToken: cancellationToken).GetAsyncEnumerator(cancellationToken);
        var held = new List<IReadOnlyList<Answered>>();
        var clients = new HashSet<string>(StringComparer.Ordinal);
        while (clients.Count < minimumClients && await groups.MoveNextAsync())
        {
            held.Add(groups.Current);
            clients.UnionWith(groups.Current.Select(a => a.Pseudonym));
        }

        if (clients.Count < minimumClients)
        {
            await groups.DisposeAsync();
            return null;
        }

        return HeldThenRest(held, groups);
    }

    private static async IAsyncEnumerable<IReadOnlyList<Answered>> HeldThenRest(List<IReadOnlyList<Answered>> held, IAsyncEnumerator<IReadOnlyList<Answered>> rest)
    {
        await using (rest)
        {
            foreach (var group in held)
            {
                yield return group;
            }

            held.Clear();
            while (await rest.MoveNextAsync())
            {
                yield return rest.Current;
            }
        }
    }

    private IQueryable<QuestionnaireResponse> Scored(Guid practiceId) =>
        db.QuestionnaireResponses.AsNoTracking().Where(r => r.PracticeId == practiceId && r.SubmittedAt != null && r.Score != null);

    private IQueryable<Guid> CasesWithLaterSeries(Guid practiceId) =>
        db.Series.Where(s => s.PracticeId == practiceId).GroupBy(s => s.CaseId).Where(g => g.Count() > 1).Select(g => g.Key);

    /// <summary>
    /// The answers a course can pair. Only a later series in its case reads scores away from the report's timepoints (its
    /// baseline is the last score before its first dose); most of a practice's answers are at neither.
    /// </summary>
    private IQueryable<Row> Rows(Guid practiceId, IQueryable<QuestionnaireResponse> responses, bool withAnswers)
    {
        var timepoints = MeasurementSchedule.ReportTimepoints.ToList();
        var withLaterSeries = CasesWithLaterSeries(practiceId);
        return responses
            .Where(r => timepoints.Contains(r.Timepoint) || withLaterSeries.Contains(r.CaseId))
            .Select(r => new Row(
                r.Id, r.ClientId, r.CaseId, r.SeriesId, r.InstrumentCode, r.InstrumentVersion, r.Timepoint, r.SubmittedAt!.Value, r.Score!.Value,
                withAnswers ? r.AnswersJson : null));
    }

    /// <summary>The practice's series by case, with the first dose of each later series in its case, counted in the database.</summary>
    private async Task<ILookup<Guid, SeriesCourse>> CoursesAsync(Guid practiceId, CancellationToken cancellationToken)
    {
        var withLaterSeries = CasesWithLaterSeries(practiceId);
        var firstDoses = await db.SeriesSessions.AsNoTracking()
            .Where(s => s.PracticeId == practiceId && withLaterSeries.Contains(s.CaseId) && !s.Cancelled && SessionKinds.Dosing.Contains(s.Kind))
            .GroupBy(s => s.SeriesId)
            .Select(g => new { SeriesId = g.Key, First = g.Min(s => s.Date) })
            .ToDictionaryAsync(g => g.SeriesId, g => g.First, cancellationToken);
        var series = await db.Series.AsNoTracking().Where(s => s.PracticeId == practiceId).Select(s => new { s.Id, s.CaseId, s.StartDate }).ToListAsync(cancellationToken);
        return series.ToLookup(s => s.CaseId, s => new SeriesCourse(s.Id, s.CaseId, s.StartDate, firstDoses.TryGetValue(s.Id, out var first) ? first : null));
    }

    /// <summary>Pairs a group of clients' whole histories into courses and keeps those whose baseline falls in the range.</summary>
    private sealed class Group(byte[] key, Guid practiceId, IReadOnlyList<Instrument> instruments, DateOnly from, DateOnly to, TimeZoneInfo zone, ILookup<Guid, SeriesCourse> courses)
    {
        private readonly Dictionary<string, Instrument> byCode = instruments.ToDictionary(i => i.Code);
        private readonly List<Timepoint> timepoints = [.. MeasurementSchedule.ReportTimepoints];

        public List<Answered> Of(List<Row> rows)
        {
            DateOnly Day(DateTime utc) => utc.DayIn(zone);
            var paired = CoursesOfCare.Pair(
                [.. rows.Select(r => new AnsweredScore(r.Id, r.ClientId, r.CaseId, r.SeriesId, r.InstrumentCode, r.Timepoint, Day(r.SubmittedAt), r.Score))],
                [.. rows.Select(r => r.CaseId).Distinct().SelectMany(c => courses[c])],
                timepoints[1..]);
            var inRange = paired.Where(c => c.BaselineDay >= from && c.BaselineDay <= to).ToList();
            var byId = rows.ToDictionary(r => r.Id);

            // A course's instruments may have their baselines on different days; the course is dated by its first.
            var numbers = inRange.GroupBy(c => (c.ClientId, c.CaseId, c.SeriesId))
                .Select(g => (Course: g.Key, Starts: g.Min(c => c.BaselineDay)))
                .GroupBy(c => c.Course.ClientId)
                .SelectMany(g => g.OrderBy(c => c.Starts).Select((c, i) => (c.Course, Number: i + 1)))
                .ToDictionary(x => x.Course, x => x.Number);
            var names = inRange.Select(c => c.ClientId).Distinct().ToDictionary(c => c, c => Pseudonym.Of(key, practiceId, c));
            return [.. inRange
                .Select(c => new Answered(
                    names[c.ClientId], numbers[(c.ClientId, c.CaseId, c.SeriesId)], c.BaselineKind, byCode[c.InstrumentCode],
                    byId[c.ResponseId].InstrumentVersion, c.Timepoint, c.Day.DayNumber - c.BaselineDay.DayNumber, c.Score, c.BaselineScore,
                    byId[c.ResponseId].AnswersJson is { } json ? JsonSerializer.Deserialize<Dictionary<int, int>>(json) ?? [] : ReadOnlyDictionary<int, int>.Empty))
                .OrderBy(a => a.Pseudonym, StringComparer.Ordinal).ThenBy(a => a.Course).ThenBy(a => a.Instrument.Code).ThenBy(a => timepoints.IndexOf(a.Timepoint))];
        }
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
