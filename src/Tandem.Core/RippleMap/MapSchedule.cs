using Tandem.Core.Measures;
using Tandem.Core.Treatment;

namespace Tandem.Core.RippleMap;

/// <summary>A point of care at which my map is due, each the questionnaires' timepoint of that name. Values are stored: never renumber.</summary>
public enum MapTimepoint
{
    Baseline = 1,
    EndOfSeries = 2,
    OneMonth = 3,
    ThreeMonths = 4,
    SixMonths = 5,
    TwelveMonths = 6,
}

/// <summary>One map the schedule asks of one client.</summary>
public sealed record MapDue(Guid ClientId, MapTimepoint Timepoint, DateOnly DueOn);

/// <summary>
/// Issue 17's map schedule around a series, on <see cref="MeasurementSchedule"/>'s dates: the baseline by the end of
/// preparation (when the questionnaires before the first dose are due), then the end of the series and each follow-up.
/// </summary>
public static class MapSchedule
{
    public static string Name(this MapTimepoint timepoint) => timepoint.AsTimepoint().Name;

    /// <summary>The questionnaires' timepoint of the same name.</summary>
    public static Timepoint AsTimepoint(this MapTimepoint timepoint) => timepoint switch
    {
        MapTimepoint.Baseline => Timepoint.Baseline,
        MapTimepoint.EndOfSeries => Timepoint.EndOfSeries,
        MapTimepoint.OneMonth => Timepoint.FollowUp(1),
        MapTimepoint.ThreeMonths => Timepoint.FollowUp(3),
        MapTimepoint.SixMonths => Timepoint.FollowUp(6),
        MapTimepoint.TwelveMonths => Timepoint.FollowUp(12),
        _ => throw new ArgumentOutOfRangeException(nameof(timepoint), timepoint, "Not a point of care at which a map is due."),
    };

    public static IReadOnlyList<MapDue> ForSeries(IReadOnlyList<Guid> people, IReadOnlyList<PlannedSession> plan)
    {
        var doses = plan.Where(s => !s.Cancelled && s.IsDosing).ToList();
        if (doses.Count == 0)
        {
            return [];
        }

        var lastDose = doses.Max(s => s.Date);
        var maps = new List<MapDue>();
        foreach (var person in people)
        {
            if (doses.Where(s => s.Doses(person)).Select(s => (DateOnly?)s.Date).Min() is { } firstDose)
            {
                maps.Add(new(person, MapTimepoint.Baseline, MeasurementSchedule.BeforeDoseDue(firstDose)));
            }

            maps.Add(new(person, MapTimepoint.EndOfSeries, MeasurementSchedule.EndOfSeriesDue(lastDose)));
            maps.AddRange(MeasurementSchedule.FollowUpMonths.Select(months =>
                new MapDue(person, FollowUpAt(months), MeasurementSchedule.FollowUpDue(lastDose, months))));
        }

        return maps;
    }

    private static MapTimepoint FollowUpAt(int months) =>
        Enum.GetValues<MapTimepoint>().FirstOrDefault(t => t.AsTimepoint() == Timepoint.FollowUp(months)) is var map && map != default
            ? map
            : throw new ArgumentOutOfRangeException(nameof(months), months, "The measurement schedule has no map at this follow-up.");
}
