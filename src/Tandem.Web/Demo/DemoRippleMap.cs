using Microsoft.EntityFrameworkCore;
using Tandem.Core.Practices;
using Tandem.Core.RippleMap;
using Tandem.Core.Sharing;
using Tandem.Data;
using Tandem.Web.Pages.Series;

namespace Tandem.Web.Demo;

/// <summary>
/// Relationship maps shared with the clinicians, telling the source stories: Tom's at baseline and three months after his
/// series, his wife and children moved inward ("like getting her husband back after years of living with a roommate");
/// the couple's baselines at preparation, and Jordan's redraw mid-series, where a friendship ended and a sister came closer.
/// </summary>
internal sealed class DemoRippleMap(TandemDbContext db, Practice practice, DateTime now)
{
    private sealed record Person(string Label, Relationship Relationship, (Ring Ring, int Closeness, Feeling Feeling) Before, (Ring Ring, int Closeness, Feeling Feeling, string? Changed)? After = null);

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

    public Task TomAsync(Guid caseId, Guid tom) => DrawnAsync(caseId, tom, Toms, now.AddDays(-26 * 7), now.AddDays(-26 * 7 + 161));

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
        var baseline = Snapshot(caseId, client, baselineAt, people.Select((p, i) => Placed(ids[i], p.Label, p.Relationship, p.Before.Ring, p.Before.Closeness, p.Before.Feeling, null)));
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
