using Tandem.Core.Measures;
using Tandem.Core.RippleMap;

namespace Tandem.Core.Tests.RippleMap;

/// <summary>The report's ripple rows, worked by hand from two clients' maps at baseline and three months.</summary>
public sealed class MapOutcomeTests
{
    private static readonly Guid Mia = Guid.NewGuid(), Leo = Guid.NewGuid(), Sam = Guid.NewGuid(), Ana = Guid.NewGuid(), Jo = Guid.NewGuid(), Kit = Guid.NewGuid();

    private static MapPerson P(Guid id, Relationship relationship, Ring ring, int closeness) =>
        new() { PersonId = id, Label = "", Relationship = relationship, Ring = ring, Closeness = closeness, Feeling = Feeling.Supportive };

    // A: Mia (partner, inner, 5), Leo (child, middle, 4), Sam (friend, outer, 3).
    private static readonly MapPerson[] ABaseline = [P(Mia, Relationship.Partner, Ring.Inner, 5), P(Leo, Relationship.Child, Ring.Middle, 4), P(Sam, Relationship.Friend, Ring.Outer, 3)];

    // A at three months: Mia closer, Leo moved inward, Sam left, Ana (colleague) new.
    private static readonly MapPerson[] ALater = [P(Mia, Relationship.Partner, Ring.Inner, 6), P(Leo, Relationship.Child, Ring.Inner, 6), P(Ana, Relationship.Colleague, Ring.Outer, 2)];

    // B: Jo (sibling, inner, 6), Kit (friend, middle, 5); at three months Jo moved outward to 4, Kit unchanged.
    private static readonly MapPerson[] BBaseline = [P(Jo, Relationship.Sibling, Ring.Inner, 6), P(Kit, Relationship.Friend, Ring.Middle, 5)];
    private static readonly MapPerson[] BLater = [P(Jo, Relationship.Sibling, Ring.Middle, 4), P(Kit, Relationship.Friend, Ring.Middle, 5)];

    [Fact]
    public void One_clients_map_is_counted_against_their_own_baseline_person_by_person()
    {
        var a = MapFigures.Of(ABaseline, ALater);

        Assert.Equal((3, 2, 2, 1, 0, 1, 1), (a.People, a.Inner, a.Stayed, a.MovedInward, a.MovedOutward, a.Added, a.Lost));
        Assert.Equal(new Dictionary<LifeDomain, double> { [LifeDomain.Family] = 6.0, [LifeDomain.Work] = 2.0 }, a.Closeness);
    }

    [Fact]
    public void A_later_timepoint_averages_clients_and_shares_people_who_stayed()
    {
        var row = MapOutcome.Summarise(MapTimepoint.ThreeMonths, [MapFigures.Of(ABaseline, ALater), MapFigures.Of(BBaseline, BLater)]);

        Assert.Equal(2, row.N);
        Assert.Equal(2.5, row.MeanPeople);
        Assert.Equal(1.0, row.MeanInner);

        // Family: A's mean 6, B's 4; friends: B's 5 only; work: A's 2 only; nobody has anyone in community.
        Assert.Equal(new DomainCloseness(2, 5.0), row.Closeness[LifeDomain.Family]);
        Assert.Equal(new DomainCloseness(1, 5.0), row.Closeness[LifeDomain.Friends]);
        Assert.Equal(new DomainCloseness(1, 2.0), row.Closeness[LifeDomain.Work]);
        Assert.Equal(0, row.Closeness[LifeDomain.Community].Clients);

        // Four people are on both a baseline and a later map (Mia, Leo, Jo, Kit): Leo moved in, Jo moved out.
        Assert.Equal(new Proportion(1, 4), row.MovedInward);
        Assert.Equal(new Proportion(1, 4), row.MovedOutward);
        Assert.Equal(0.5, row.MeanAdded);
        Assert.Equal(0.5, row.MeanLost);
    }

    [Fact]
    public void The_baseline_row_weighs_each_client_once_and_has_no_movement()
    {
        var row = MapOutcome.Summarise(MapTimepoint.Baseline, [MapFigures.Of(ABaseline, ABaseline), MapFigures.Of(BBaseline, BBaseline)]);

        Assert.Equal((2, 2.5, 1.0), (row.N, row.MeanPeople, row.MeanInner));

        // Family: A's mean (5 + 4) / 2 = 4.5 and B's 6 give 5.25; pooling the three people would give 5.0.
        Assert.Equal(new DomainCloseness(2, 5.25), row.Closeness[LifeDomain.Family]);
        Assert.Equal(new DomainCloseness(2, 4.0), row.Closeness[LifeDomain.Friends]);
        Assert.Null(row.MovedInward);
        Assert.Null(row.MovedOutward);
        Assert.True(double.IsNaN(row.MeanAdded) && double.IsNaN(row.MeanLost));
    }

    [Fact]
    public void A_timepoint_nobody_reached_has_no_figures()
    {
        var row = MapOutcome.Summarise(MapTimepoint.TwelveMonths, []);

        Assert.Equal(0, row.N);
        Assert.True(double.IsNaN(row.MeanInner));
        Assert.Null(row.MovedInward);
        Assert.All(row.Closeness.Values, d => Assert.Equal(0, d.Clients));
    }
}
