using Tandem.Core.RippleMap;

namespace Tandem.Core.Tests.RippleMap;

public sealed class MapChangeTests
{
    private static readonly Guid Mia = Guid.NewGuid(), Tom = Guid.NewGuid(), Alex = Guid.NewGuid(), Sis = Guid.NewGuid(), Jo = Guid.NewGuid();

    private static MapPerson P(Guid id, string label, Ring ring, int closeness, Feeling feeling = Feeling.Supportive, Relationship relationship = Relationship.Friend) =>
        new() { PersonId = id, Label = label, Ring = ring, Closeness = closeness, Feeling = feeling, Relationship = relationship };

    [Fact]
    public void Each_person_is_matched_by_their_id_and_their_change_is_named()
    {
        MapPerson[] baseline =
        [
            P(Mia, "Mia", Ring.Middle, 3, Feeling.Strained), P(Tom, "Tom", Ring.Inner, 6), P(Alex, "Alex", Ring.Inner, 5),
            P(Sis, "my sister", Ring.Outer, 2, Feeling.Mixed), P(Jo, "Jo", Ring.Middle, 4),
        ];
        MapPerson[] threeMonths =
        [
            P(Mia, "Mia (my wife)", Ring.Inner, 5, Feeling.Supportive), P(Tom, "Tom", Ring.Middle, 4), P(Sis, "my sister", Ring.Outer, 2, Feeling.Mixed),
            P(Jo, "Jo", Ring.Middle, 4, Feeling.CutOff), P(Guid.NewGuid(), "Sam", Ring.Outer, 2),
        ];

        var changes = MapChange.Between(baseline, threeMonths);

        Assert.Equal(["Mia (my wife)", "Tom", "Jo", "Sam", "Alex"], changes.Select(c => c.Label));
        Assert.Equal([Change.MovedInward, Change.Closer, Change.FeelingChanged], changes[0].Changes);
        Assert.Equal([Change.MovedOutward, Change.LessClose], changes[1].Changes);
        Assert.Equal([Change.FeelingChanged], changes[2].Changes);
        Assert.Equal([Change.New], changes[3].Changes);
        Assert.Null(changes[3].Before);
        Assert.Equal([Change.Left], changes[4].Changes);
        Assert.Null(changes[4].After);
        Assert.Equal(Ring.Middle, changes[0].Before!.Ring);
    }

    [Fact]
    public void Two_identical_maps_have_no_change_and_a_first_map_makes_everyone_new()
    {
        MapPerson[] map = [P(Mia, "Mia", Ring.Inner, 6), P(Tom, "Tom", Ring.Outer, 1)];
        Assert.Empty(MapChange.Between(map, map));
        var first = MapChange.Between([], map);
        Assert.Equal(["Mia", "Tom"], first.Select(c => c.Label));
        Assert.All(first, c => Assert.Equal([Change.New], c.Changes));
    }
}
