using Tandem.Core.Practices;
using Tandem.Core.RippleMap;
using Tandem.Core.Sharing;
using Tandem.Data;

namespace Tandem.Web.Demo;

/// <summary>
/// Tom's relationship map at baseline and three months after his series, shared with his clinicians: his wife and
/// children move inward, as in the source story ("like getting her husband back after years of living with a roommate").
/// </summary>
internal sealed class DemoRippleMap(TandemDbContext db, Practice practice, DateTime now)
{
    private sealed record Person(string Label, Relationship Relationship, (Ring Ring, int Closeness, Feeling Feeling) Before, (Ring Ring, int Closeness, Feeling Feeling, string? Changed) After);

    private static readonly Person[] Toms =
    [
        new("Claire (my wife)", Relationship.Partner, (Ring.Middle, 3, Feeling.Mixed), (Ring.Inner, 6, Feeling.Supportive, "We talk about feelings now, not only schedules")),
        new("Emma", Relationship.Child, (Ring.Middle, 3, Feeling.Mixed), (Ring.Inner, 6, Feeling.Supportive, "I know her friends, her fears, her dreams")),
        new("Ben", Relationship.Child, (Ring.Middle, 2, Feeling.Strained), (Ring.Inner, 5, Feeling.Supportive, "I apologised for being distant")),
        new("Dad", Relationship.Parent, (Ring.Outer, 1, Feeling.CutOff), (Ring.Outer, 2, Feeling.Strained, "Some compassion for his own pain")),
        new("my team lead", Relationship.Manager, (Ring.Middle, 4, Feeling.Supportive), (Ring.Middle, 4, Feeling.Supportive, null)),
        new("Ravi", Relationship.Friend, (Ring.Outer, 3, Feeling.Mixed), (Ring.Outer, 3, Feeling.Mixed, null)),
    ];

    public async Task TomAsync(Guid caseId, Guid tom)
    {
        var ids = Toms.Select(_ => Guid.CreateVersion7()).ToArray();
        var baseline = Snapshot(caseId, tom, now.AddDays(-26 * 7), Toms.Select((p, i) => Placed(ids[i], p.Label, p.Relationship, p.Before.Ring, p.Before.Closeness, p.Before.Feeling, null)));
        var threeMonths = Snapshot(caseId, tom, now.AddDays(-26 * 7 + 161), Toms.Select((p, i) => Placed(ids[i], p.Label, p.Relationship, p.After.Ring, p.After.Closeness, p.After.Feeling, p.After.Changed)));
        db.MapSnapshots.AddRange(baseline, threeMonths);
        await db.SaveChangesAsync();
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
