using Tandem.Core.Cases;
using Tandem.Core.Measures;
using Tandem.Core.RippleMap;
using Tandem.Core.Treatment;

namespace Tandem.Core.Tests.RippleMap;

public sealed class MapScheduleTests
{
    private static readonly Guid A = Guid.NewGuid();
    private static readonly Guid B = Guid.NewGuid();

    [Fact]
    public void Each_partners_map_falls_due_with_their_first_dose_questionnaires_at_the_end_and_at_each_follow_up()
    {
        var plan = SeriesPlanner.Plan(CaseKind.Couple, [A, B], 6, new DateOnly(2027, 1, 4), new SeriesRules());
        var questionnaires = MeasurementSchedule.ForSeries(CaseKind.Couple, [A, B], plan).Where(m => m.InstrumentCode == "PHQ-9").ToList();

        var maps = MapSchedule.ForSeries([A, B], plan);

        foreach (var person in new[] { A, B })
        {
            var theirs = maps.Where(m => m.ClientId == person).ToList();
            Assert.Equal(Enum.GetValues<MapTimepoint>(), theirs.Select(m => m.Timepoint));
            foreach (var map in theirs)
            {
                var asked = map.Timepoint == MapTimepoint.Baseline ? Timepoint.BeforeDose(1) : map.Timepoint.AsTimepoint();
                Assert.Equal(questionnaires.Single(q => q.ClientId == person && q.Timepoint == asked).DueOn, map.DueOn);
            }
        }

        Assert.NotEqual(maps.Single(m => m.ClientId == A && m.Timepoint == MapTimepoint.Baseline).DueOn, maps.Single(m => m.ClientId == B && m.Timepoint == MapTimepoint.Baseline).DueOn);
        Assert.Equal(["Baseline", "End of series", "1 month after the series", "3 months after the series", "6 months after the series", "12 months after the series"],
            Enum.GetValues<MapTimepoint>().Select(t => t.Name()));
    }

    [Fact]
    public void A_series_with_every_dose_cancelled_asks_for_no_map()
    {
        var plan = SeriesPlanner.Plan(CaseKind.Individual, [A], 6, new DateOnly(2027, 1, 4), new SeriesRules()).Select(s => s with { Cancelled = true }).ToList();

        Assert.Empty(MapSchedule.ForSeries([A], plan));
    }
}
