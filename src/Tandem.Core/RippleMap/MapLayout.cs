namespace Tandem.Core.RippleMap;

/// <summary>Where a person is drawn: in the map's own units, the centre at (0, 0).</summary>
public sealed record MapPoint(MapPerson Person, double X, double Y);

/// <summary>
/// The map's geometry: three rings around me, and four sectors, one per domain of life, so the people of one part of
/// my life sit together. A ring's people in one sector are spread evenly across it.
/// </summary>
public static class MapLayout
{
    public const double Radius = 180;

    /// <summary>The outer edge of each ring; the inner ring is the widest band, as it holds those who matter most.</summary>
    public static double EdgeOf(Ring ring) => ring switch
    {
        Ring.Inner => 80,
        Ring.Middle => 135,
        _ => Radius,
    };

    /// <summary>The domains in the order the map draws them, clockwise from the top.</summary>
    public static readonly LifeDomain[] Sectors = [LifeDomain.Family, LifeDomain.Friends, LifeDomain.Work, LifeDomain.Community];

    /// <summary>The people grouped by domain, in <see cref="Sectors"/> order, each group inner ring first, then closest first.</summary>
    public static IReadOnlyList<(LifeDomain Domain, IReadOnlyList<MapPerson> People)> ByDomain(IEnumerable<MapPerson> people)
    {
        var byDomain = people.ToLookup(p => p.Domain);
        return [.. Sectors.Where(byDomain.Contains).Select(d => (d, (IReadOnlyList<MapPerson>)[.. byDomain[d].OrderBy(p => p.Ring).ThenByDescending(p => p.Closeness)]))];
    }

    /// <summary>
    /// Each person's point: in their domain's quarter and their ring's band. A crowded ring of one quarter alternates
    /// its people between two distances from the centre, so neighbours' labels do not sit on one line.
    /// </summary>
    public static IReadOnlyList<MapPoint> Place(IEnumerable<MapPerson> people)
    {
        var points = new List<MapPoint>();
        foreach (var (domain, group) in ByDomain(people))
        {
            var start = Array.IndexOf(Sectors, domain) * 90.0;
            foreach (var ring in group.GroupBy(p => p.Ring))
            {
                var inRing = ring.ToList();
                var (inner, outer) = (ring.Key == Ring.Inner ? 0 : EdgeOf(ring.Key - 1), EdgeOf(ring.Key));
                for (var i = 0; i < inRing.Count; i++)
                {
                    var angle = (start + 90.0 * (i + 0.5) / inRing.Count) * Math.PI / 180;
                    var staggered = inRing.Count > (ring.Key == Ring.Inner ? 1 : 3) && i % 2 == 1;
                    var distance = ring.Key == Ring.Inner ? outer * (staggered ? 0.82 : 0.45) : inner + (outer - inner) * (staggered ? 0.75 : 0.4);
                    points.Add(new(inRing[i], distance * Math.Sin(angle), -distance * Math.Cos(angle)));
                }
            }
        }

        return points;
    }
}
