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
    public static string Name(this MapTimepoint timepoint) => timepoint switch
    {
        MapTimepoint.Baseline => MeasurementSchedule.Baseline,
        MapTimepoint.EndOfSeries => MeasurementSchedule.EndOfSeries,
        _ => MeasurementSchedule.FollowUp(MonthsAfter(timepoint)),
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

    private static MapTimepoint FollowUpAt(int months) => months switch
    {
        1 => MapTimepoint.OneMonth,
        3 => MapTimepoint.ThreeMonths,
        6 => MapTimepoint.SixMonths,
        12 => MapTimepoint.TwelveMonths,
        _ => throw new ArgumentOutOfRangeException(nameof(months), months, "The measurement schedule has no map at this follow-up."),
    };

    private static int MonthsAfter(MapTimepoint timepoint) => timepoint switch
    {
        MapTimepoint.OneMonth => 1,
        MapTimepoint.ThreeMonths => 3,
        MapTimepoint.SixMonths => 6,
        MapTimepoint.TwelveMonths => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(timepoint), timepoint, "Not a follow-up."),
    };
}
