using Microsoft.EntityFrameworkCore;
using Tandem.Core.Measures;
using Tandem.Core.RippleMap;
using Tandem.Core.Sharing;
using Tandem.Data;
using Tandem.Web.Infrastructure;
using Tandem.Core;

namespace Tandem.Web.Pages.Reports;

/// <summary>
/// The practice's scheduled relationship maps for courses whose baseline map falls in a date range, de-identified like
/// <see cref="OutcomeData"/>: each client a keyed pseudonym, each map a number of days since the course's baseline map,
/// and each map only counts and means, never a label.
/// </summary>
public sealed class MapOutcomeData(TandemDbContext db, PseudonymKey key)
{
    /// <param name="Course">The client's course of care with maps, counted 1, 2, … by baseline day.</param>
    public sealed record Drawn(string Pseudonym, int Course, MapTimepoint Timepoint, int DaysSinceBaseline, MapFigures Figures);

    public async Task<List<Drawn>> LoadAsync(Guid practiceId, DateOnly from, DateOnly to)
    {
        var zone = await db.PracticeZoneAsync(practiceId);
        var (fromUtc, toUtc) = (from.ToDateTime(TimeOnly.MinValue).AddDays(-1), to.ToDateTime(TimeOnly.MinValue).AddDays(2));

        // A map counts only when shared with the team of the case it was drawn for: "only me" is no share, so it never leaves its owner.
        var shared =
            from m in db.ScheduledMaps
            join s in db.MapSnapshots on m.SnapshotId equals (Guid?)s.Id
            where m.PracticeId == practiceId && s.PracticeId == practiceId
                && db.Shares.Any(r => r.PracticeId == practiceId && r.Kind == MaterialKind.MapSnapshot && r.ItemId == s.Id && r.CaseId == m.CaseId)
            select new { m.ClientId, m.CaseId, m.SeriesId, m.Timepoint, SnapshotId = s.Id, s.DrawnAt };
        var baselines = shared.Where(d => d.Timepoint == MapTimepoint.Baseline && d.DrawnAt >= fromUtc && d.DrawnAt < toUtc);
        var rows = await shared.AsNoTracking()
            .Where(d => baselines.Any(b => b.ClientId == d.ClientId && b.CaseId == d.CaseId && b.SeriesId == d.SeriesId))
            .ToListAsync();
        DateOnly Day(DateTime utc) => utc.DayIn(zone);

        var courses = rows.GroupBy(r => (r.ClientId, r.CaseId, r.SeriesId))
            .Select(g => (Maps: g.ToList(), BaselineDay: Day(g.Single(r => r.Timepoint == MapTimepoint.Baseline).DrawnAt)))
            .Where(c => c.BaselineDay >= from && c.BaselineDay <= to)
            .GroupBy(c => c.Maps[0].ClientId)
            .SelectMany(g => g.OrderBy(c => c.BaselineDay).ThenBy(c => c.Maps[0].SeriesId).Select((c, i) => (c.Maps, c.BaselineDay, Number: i + 1)))
            .ToList();
        var people = await PeopleAsync(practiceId, [.. courses.SelectMany(c => c.Maps.Select(m => m.SnapshotId))]);
        return [.. courses
            .SelectMany(c =>
            {
                var baseline = people[c.Maps.Single(m => m.Timepoint == MapTimepoint.Baseline).SnapshotId].ToList();
                return c.Maps.Select(m => new Drawn(
                    Pseudonym.Of(key.Value, practiceId, m.ClientId), c.Number, m.Timepoint, Day(m.DrawnAt).DayNumber - c.BaselineDay.DayNumber,
                    MapFigures.Of(baseline, [.. people[m.SnapshotId]])));
            })
            .OrderBy(d => d.Pseudonym, StringComparer.Ordinal).ThenBy(d => d.Course).ThenBy(d => d.Timepoint)];
    }

    /// <summary>The practice's table: one row per point of care, baseline first.</summary>
    public static IReadOnlyList<MapTimepointOutcome> Summarise(IReadOnlyList<Drawn> drawn) =>
        [.. Enum.GetValues<MapTimepoint>().Select(t => MapOutcome.Summarise(t, [.. drawn.Where(d => d.Timepoint == t).Select(d => d.Figures)]))];

    /// <summary>The people on these snapshots without their labels, which are the client's words and could name someone.</summary>
    private async Task<ILookup<Guid, MapPerson>> PeopleAsync(Guid practiceId, List<Guid> snapshots)
    {
        var people = new List<MapPerson>();
        foreach (var chunk in snapshots.Chunk(1000))
        {
            people.AddRange(await db.MapPeople.AsNoTracking()
                .Where(p => p.PracticeId == practiceId && chunk.Contains(p.SnapshotId))
                .Select(p => new MapPerson { Label = "", SnapshotId = p.SnapshotId, PersonId = p.PersonId, Relationship = p.Relationship, Ring = p.Ring, Closeness = p.Closeness, Feeling = p.Feeling })
                .ToListAsync());
        }

        return people.ToLookup(p => p.SnapshotId);
    }
}
