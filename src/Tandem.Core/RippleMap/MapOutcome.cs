using Tandem.Core.Measures;

namespace Tandem.Core.RippleMap;

/// <summary>
/// One client's map at a point of care against their baseline map of the same course: counts and means only, so a
/// person's label never leaves the map. <see cref="Closeness"/> holds a domain only if someone on the map is in it.
/// </summary>
public sealed record MapFigures(
    int People, int Inner, IReadOnlyDictionary<LifeDomain, double> Closeness, int Stayed, int MovedInward, int MovedOutward, int Added, int Lost)
{
    public static MapFigures Of(IReadOnlyList<MapPerson> baseline, IReadOnlyList<MapPerson> now)
    {
        var changes = MapChange.Between(baseline, now);
        int Count(Change change) => changes.Count(p => p.Changes.Contains(change));
        var before = baseline.Select(p => p.PersonId).ToHashSet();
        return new(
            now.Count, now.Count(p => p.Ring == Ring.Inner), now.GroupBy(p => p.Domain).ToDictionary(g => g.Key, g => g.Average(p => (double)p.Closeness)),
            now.Count(p => before.Contains(p.PersonId)), Count(Change.MovedInward), Count(Change.MovedOutward), Count(Change.New), Count(Change.Left));
    }
}

/// <summary>Mean closeness in one domain over the clients with someone in it, each client's own mean weighing once.</summary>
public sealed record DomainCloseness(int Clients, double Mean);

/// <summary>
/// The practice's maps at one point of care over courses with a baseline map and a map then. Moving in or out is a share
/// of the people on both maps; people added and lost are means per client. The baseline has no movement.
/// </summary>
public sealed record MapTimepointOutcome(
    MapTimepoint Timepoint, int N, double MeanPeople, double MeanInner, IReadOnlyDictionary<LifeDomain, DomainCloseness> Closeness,
    Proportion? MovedInward, Proportion? MovedOutward, double MeanAdded, double MeanLost);

public static class MapOutcome
{
    public static MapTimepointOutcome Summarise(MapTimepoint timepoint, IReadOnlyList<MapFigures> maps)
    {
        double Mean(Func<MapFigures, double> of) => maps.Count == 0 ? double.NaN : maps.Average(of);
        var closeness = Enum.GetValues<LifeDomain>().ToDictionary(d => d, d =>
        {
            var means = maps.Where(m => m.Closeness.ContainsKey(d)).Select(m => m.Closeness[d]).ToList();
            return new DomainCloseness(means.Count, means.Count == 0 ? double.NaN : means.Average());
        });
        var stayed = maps.Sum(m => m.Stayed);
        var later = timepoint != MapTimepoint.Baseline;
        Proportion? Share(Func<MapFigures, int> of) => later && stayed > 0 ? new Proportion(maps.Sum(of), stayed) : null;
        return new(
            timepoint, maps.Count, Mean(m => m.People), Mean(m => m.Inner), closeness, Share(m => m.MovedInward), Share(m => m.MovedOutward),
            later ? Mean(m => m.Added) : double.NaN, later ? Mean(m => m.Lost) : double.NaN);
    }
}
