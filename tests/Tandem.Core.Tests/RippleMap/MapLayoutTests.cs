using Tandem.Core.RippleMap;

namespace Tandem.Core.Tests.RippleMap;

public sealed class MapLayoutTests
{
    [Theory]
    [InlineData(Relationship.Partner, LifeDomain.Family)]
    [InlineData(Relationship.Child, LifeDomain.Family)]
    [InlineData(Relationship.Parent, LifeDomain.Family)]
    [InlineData(Relationship.Sibling, LifeDomain.Family)]
    [InlineData(Relationship.OtherFamily, LifeDomain.Family)]
    [InlineData(Relationship.Friend, LifeDomain.Friends)]
    [InlineData(Relationship.Colleague, LifeDomain.Work)]
    [InlineData(Relationship.Manager, LifeDomain.Work)]
    [InlineData(Relationship.SomeoneIManage, LifeDomain.Work)]
    [InlineData(Relationship.Community, LifeDomain.Community)]
    public void Each_relationship_belongs_to_one_domain(Relationship relationship, LifeDomain domain) => Assert.Equal(domain, relationship.DomainOf());

    private static MapPerson P(string label, Relationship relationship, Ring ring, int closeness = 4) =>
        new() { PersonId = Guid.NewGuid(), Label = label, Relationship = relationship, Ring = ring, Closeness = closeness, Feeling = Feeling.Supportive };

    [Fact]
    public void People_are_grouped_by_domain_in_map_order_inner_ring_and_closest_first()
    {
        MapPerson[] people =
        [
            P("coach", Relationship.Community, Ring.Outer), P("boss", Relationship.Manager, Ring.Middle), P("Mum", Relationship.Parent, Ring.Middle, 3),
            P("Mia", Relationship.Partner, Ring.Inner, 5), P("Lily", Relationship.Child, Ring.Inner, 7), P("Ana", Relationship.Colleague, Ring.Outer),
        ];

        var groups = MapLayout.ByDomain(people);

        Assert.Equal([LifeDomain.Family, LifeDomain.Work, LifeDomain.Community], groups.Select(g => g.Domain));
        Assert.Equal(["Lily", "Mia", "Mum"], groups[0].People.Select(p => p.Label));
        Assert.Equal(["boss", "Ana"], groups[1].People.Select(p => p.Label));
    }

    [Fact]
    public void Everyone_is_drawn_inside_their_ring_and_in_their_domains_quarter()
    {
        var people = Enumerable.Range(0, 60).Select(i => P($"p{i}", (Relationship)(i % 10 + 1), (Ring)(i % 3 + 1))).ToList();

        var points = MapLayout.Place(people);

        Assert.Equal(60, points.Count);
        foreach (var (person, x, y) in points)
        {
            var distance = Math.Sqrt(x * x + y * y);
            var inner = person.Ring == Ring.Inner ? 0 : MapLayout.EdgeOf(person.Ring - 1);
            Assert.InRange(distance, inner, MapLayout.EdgeOf(person.Ring));

            // Clockwise from the top: family top-right, friends bottom-right, work bottom-left, community top-left.
            var clockwise = (Math.Atan2(x, -y) * 180 / Math.PI + 360) % 360;
            Assert.Equal(Array.IndexOf(MapLayout.Sectors, person.Domain), (int)(clockwise / 90));
        }

        Assert.Equal(60, points.Select(p => (Math.Round(p.X), Math.Round(p.Y))).Distinct().Count());
    }
}
