namespace Tandem.Core.Repair;

/// <summary>What the case team reads off the episodes they can see: how often, how often repaired, how fast.</summary>
public sealed record RepairTrends(int Episodes, double EpisodesPerWeek, double? ShareRepaired, double? MedianMinutesToRepair)
{
    /// <param name="episodes">The episodes the team sees, with only the sides the team reads.</param>
    /// <param name="weeks">The span the figures cover, in weeks (at least one).</param>
    public static RepairTrends Of(IReadOnlyList<(DateOnly OccurredOn, IReadOnlyList<RepairSide> Sides)> episodes, int weeks)
    {
        var sides = episodes.SelectMany(e => e.Sides).ToList();
        var minutes = sides.Where(s => s.MinutesToRepair is not null).Select(s => s.MinutesToRepair!.Value).Order().ToList();
        double? median = minutes.Count == 0 ? null
            : minutes.Count % 2 == 1 ? minutes[minutes.Count / 2]
            : (minutes[(minutes.Count / 2) - 1] + minutes[minutes.Count / 2]) / 2.0;
        double? repaired = sides.Count == 0 ? null : (double)sides.Count(s => s.Outcome == RepairOutcome.Repaired) / sides.Count;
        return new RepairTrends(episodes.Count, (double)episodes.Count / Math.Max(1, weeks), repaired, median);
    }
}
