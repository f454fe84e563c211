using Microsoft.EntityFrameworkCore;
using Tandem.Core.Practices;
using Tandem.Core.RippleMap;
using Tandem.Core.Sharing;
using Tandem.Core.Treatment;
using Tandem.Data;
using Tandem.Web.Pages.Series;
using Tandem.Core;

namespace Tandem.Web.Demo;

/// <summary>
/// Relationship maps shared with the clinicians, telling the source stories: Tom's on his series' schedule from baseline
/// to three months after it, his wife and children moved inward ("like getting her husband back after years of living
/// with a roommate"); the couple's baselines at preparation, and Jordan's redraw mid-series, where a friendship ended
/// and a sister came closer; and the past courses' maps (<see cref="DemoPastCourses"/>).
/// </summary>
internal sealed class DemoRippleMap(TandemDbContext db, Practice practice, DateTime now)
{
    internal sealed record Person(string Label, Relationship Relationship, (Ring Ring, int Closeness, Feeling Feeling)? Before, (Ring Ring, int Closeness, Feeling Feeling, string? Changed)? After = null);

    private static readonly Person[] Toms =
    [
        new("Claire (my wife)", Relationship.Partner, (Ring.Middle, 3, Feeling.Mixed), (Ring.Inner, 6, Feeling.Supportive, "We talk about feelings now, not only schedules")),
        new("Emma", Relationship.Child, (Ring.Middle, 3, Feeling.Mixed), (Ring.Inner, 6, Feeling.Supportive, "I know her friends, her fears, her dreams")),
        new("Ben", Relationship.Child, (Ring.Middle, 2, Feeling.Strained), (Ring.Inner, 5, Feeling.Supportive, "I apologised for being distant")),
        new("Dad", Relationship.Parent, (Ring.Outer, 1, Feeling.CutOff), (Ring.Outer, 2, Feeling.Strained, "Some compassion for his own pain")),
        new("my team lead", Relationship.Manager, (Ring.Middle, 4, Feeling.Supportive), (Ring.Middle, 4, Feeling.Supportive, null)),
        new("Ravi", Relationship.Friend, (Ring.Outer, 3, Feeling.Mixed), (Ring.Outer, 3, Feeling.Mixed, null)),
    ];

    private static readonly Person[] Jordans =
    [
        new("Alex", Relationship.Partner, (Ring.Middle, 4, Feeling.Strained), (Ring.Middle, 5, Feeling.Mixed, "We slow down mid-argument now")),
        new("Leah (my sister)", Relationship.Sibling, (Ring.Outer, 2, Feeling.Strained), (Ring.Middle, 5, Feeling.Supportive, "She called after my first session; we talked for two hours")),
        new("Mum", Relationship.Parent, (Ring.Middle, 4, Feeling.Supportive), (Ring.Middle, 4, Feeling.Supportive, null)),
        new("Marcus", Relationship.Friend, (Ring.Middle, 4, Feeling.Mixed)),
        new("the climbing club", Relationship.Community, (Ring.Outer, 3, Feeling.Supportive), (Ring.Outer, 3, Feeling.Supportive, null)),
        new("my manager", Relationship.Manager, (Ring.Outer, 3, Feeling.Mixed), (Ring.Outer, 3, Feeling.Mixed, null)),
    ];

    private static readonly Person[] Alexs =
    [
        new("Jordan", Relationship.Partner, (Ring.Middle, 4, Feeling.Mixed)),
        new("Grandma Rosa", Relationship.OtherFamily, (Ring.Inner, 6, Feeling.Supportive)),
        new("Theo (my brother)", Relationship.Sibling, (Ring.Middle, 5, Feeling.Supportive)),
        new("Kim", Relationship.Friend, (Ring.Middle, 5, Feeling.Supportive)),
        new("Dev", Relationship.Colleague, (Ring.Outer, 3, Feeling.Strained)),
    ];

    public Task TomAsync(Guid caseId, Guid tom, DosingSeries series) => CourseAsync(caseId, tom, series, Toms);

    /// <summary>
    /// An individual course's maps on their schedule, each drawn the evening it fell due until today. The change grows as
    /// the source text says it does: at the end of the series people are closer but in the same ring, a month later they
    /// have moved, and from three months on they are where they went. A person with no place after leaves after the
    /// series; one with no place before arrives after it.
    /// </summary>
    public async Task CourseAsync(Guid caseId, Guid client, DosingSeries series, Person[] people)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(practice.TimeZoneId);
        var today = now.DayIn(zone);
        var ids = people.Select(_ => Guid.CreateVersion7()).ToArray();
        foreach (var due in MapSchedule.ForSeries([client], [.. series.Sessions.Select(s => s.ToPlanned())]))
        {
            Guid? drawn = null;
            if (due.DueOn < today)
            {
                var placed = people.Select((p, i) => At(p, due.Timepoint) is { } at ? Placed(ids[i], p.Label, p.Relationship, at.Ring, at.Closeness, at.Feeling, at.Changed) : null);
                var snapshot = Snapshot(caseId, client, TimeZoneInfo.ConvertTimeToUtc(due.DueOn.ToDateTime(new TimeOnly(18, 0)), zone), placed.OfType<MapPerson>());
                db.MapSnapshots.Add(snapshot);
                drawn = snapshot.Id;
            }

            db.ScheduledMaps.Add(new ScheduledMap
            {
                PracticeId = practice.Id, ClientId = client, CaseId = caseId, SeriesId = series.Id, Timepoint = due.Timepoint, DueOn = due.DueOn, SnapshotId = drawn,
            });
        }

        await db.SaveChangesAsync();
    }

    private static (Ring Ring, int Closeness, Feeling Feeling, string? Changed)? At(Person person, MapTimepoint timepoint) => (timepoint, person.Before, person.After) switch
    {
        (MapTimepoint.Baseline or MapTimepoint.EndOfSeries, null, _) => null,
        (MapTimepoint.Baseline, { } before, _) => (before.Ring, before.Closeness, before.Feeling, null),
        (MapTimepoint.EndOfSeries, { } before, null) => (before.Ring, before.Closeness, before.Feeling, null),
        (MapTimepoint.EndOfSeries, { } before, { } after) => (before.Ring, (before.Closeness + after.Closeness) / 2, before.Feeling, null),
        (MapTimepoint.OneMonth, { } before, { } after) => (after.Ring, (before.Closeness + after.Closeness + 1) / 2, after.Feeling, null),
        (_, _, var after) => after,
    };

    /// <summary>
    /// Both baselines drawn at preparation, the day each fell due; Jordan redrew this week, Marcus gone from the map, a
    /// redraw at any time. The maps at the end of the series and after it are scheduled ahead.
    /// </summary>
    public async Task CoupleAsync(Guid caseId, Guid jordan, Guid alex)
    {
        var series = await db.Series.NewestFirst(practice.Id, caseId).FirstAsync();
        await db.SeriesSessions.Where(s => s.PracticeId == practice.Id && s.SeriesId == series.Id).LoadAsync();
        var due = MapSchedule.ForSeries([jordan, alex], [.. series.Sessions.Select(s => s.ToPlanned())]);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(practice.TimeZoneId);
        foreach (var (client, people, redrawnAt) in new[] { (jordan, Jordans, (DateTime?)now.AddDays(-3)), (alex, Alexs, null) })
        {
            var baselineDue = due.Single(d => d.ClientId == client && d.Timepoint == MapTimepoint.Baseline).DueOn;
            var baseline = await DrawnAsync(caseId, client, people, TimeZoneInfo.ConvertTimeToUtc(baselineDue.ToDateTime(new TimeOnly(18, 0)), zone), redrawnAt);
            db.ScheduledMaps.AddRange(due.Where(d => d.ClientId == client).Select(d => new ScheduledMap
            {
                PracticeId = practice.Id, ClientId = client, CaseId = caseId, SeriesId = series.Id, Timepoint = d.Timepoint, DueOn = d.DueOn,
                SnapshotId = d.Timepoint == MapTimepoint.Baseline ? baseline : null,
            }));
        }

        await db.SaveChangesAsync();
    }

    /// <returns>The baseline snapshot's id.</returns>
    private async Task<Guid> DrawnAsync(Guid caseId, Guid client, Person[] people, DateTime baselineAt, DateTime? redrawnAt)
    {
        var ids = people.Select(_ => Guid.CreateVersion7()).ToArray();
        var baseline = Snapshot(caseId, client, baselineAt, people.Select((p, i) => Placed(ids[i], p.Label, p.Relationship, p.Before!.Value.Ring, p.Before.Value.Closeness, p.Before.Value.Feeling, null)));
        db.MapSnapshots.Add(baseline);
        if (redrawnAt is { } at)
        {
            db.MapSnapshots.Add(Snapshot(caseId, client, at, people
                .Select((p, i) => p.After is { } a ? Placed(ids[i], p.Label, p.Relationship, a.Ring, a.Closeness, a.Feeling, a.Changed) : null)
                .OfType<MapPerson>()));
        }

        await db.SaveChangesAsync();
        return baseline.Id;
    }

    private MapSnapshot Snapshot(Guid caseId, Guid client, DateTime drawnAt, IEnumerable<MapPerson> people)
    {
        var snapshot = new MapSnapshot { PracticeId = practice.Id, ClientId = client, DrawnAt = drawnAt };
        foreach (var person in people)
        {
            (person.PracticeId, person.SnapshotId) = (practice.Id, snapshot.Id);
            snapshot.People.Add(person);
        }

        db.Shares.Add(new Share
        {
            PracticeId = practice.Id, OwnerClientId = client, Kind = MaterialKind.MapSnapshot, ItemId = snapshot.Id, CaseId = caseId,
            Audience = Visibility.MeAndMyClinician, SharedAt = drawnAt,
        });
        return snapshot;
    }

    private static MapPerson Placed(Guid id, string label, Relationship relationship, Ring ring, int closeness, Feeling feeling, string? changed) =>
        new() { PersonId = id, Label = label, Relationship = relationship, Ring = ring, Closeness = closeness, Feeling = feeling, WhatChanged = changed };
}
