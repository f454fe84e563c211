using Tandem.Core.Cases;
using Tandem.Core.Measures;
using Tandem.Core.Treatment;

namespace Tandem.Core.Tests.Measures;

public sealed class MeasurementScheduleTests
{
    private static readonly Guid A = Guid.NewGuid();
    private static readonly Guid B = Guid.NewGuid();
    private static readonly DateOnly Monday = new(2027, 1, 4);

    [Fact]
    public void A_couples_series_asks_before_each_of_a_persons_doses_mid_series_at_the_end_and_at_each_follow_up()
    {
        var plan = SeriesPlanner.Plan(CaseKind.Couple, [A, B], 6, Monday, new SeriesRules());
        var schedule = MeasurementSchedule.ForSeries(CaseKind.Couple, [A, B], plan);
        var a = schedule.Where(m => m.ClientId == A).ToList();

        // Six doses each: 6 × (PHQ-9, GAD-7) before dosing, CSI-4 mid-series, 3 at the end, 3 at each of 4 follow-ups.
        Assert.Equal(12 + 1 + 3 + 12, a.Count);
        var aDoses = plan.Where(s => s.Doses(A)).OrderBy(s => s.Date).ToList();
        Assert.Equal(aDoses[0].Date.AddDays(-1), a.Single(m => m.InstrumentCode == "PHQ-9" && m.Timepoint.Name == "Before dosing session 1").DueOn);
        Assert.Equal(aDoses[3].Date.AddDays(-1), a.Single(m => m.Timepoint.Name == "Mid-series").DueOn);

        var lastDose = plan.Where(s => s.IsDosing).Max(s => s.Date);
        Assert.All(a.Where(m => m.Timepoint.Name == "End of series"), m => Assert.Equal(lastDose.AddDays(7), m.DueOn));
        Assert.Equal(lastDose.AddMonths(12), a.Single(m => m.InstrumentCode == "CSI-4" && m.Timepoint.Name == "12 months after the series").DueOn);
        Assert.Equal(["Baseline", "End of series", "1 month after the series", "3 months after the series", "6 months after the series", "12 months after the series"],
            MeasurementSchedule.ReportTimepoints.Select(t => t.Name));
    }

    [Fact]
    public void An_individual_is_never_asked_the_couples_questionnaire_and_cancelled_doses_are_not_asked_before()
    {
        var plan = SeriesPlanner.Plan(CaseKind.Individual, [A], 6, Monday, new SeriesRules()).ToList();
        var third = plan.Where(s => s.IsDosing).OrderBy(s => s.Date).ElementAt(2);
        plan[plan.IndexOf(third)] = third with { Cancelled = true };

        var schedule = MeasurementSchedule.ForSeries(CaseKind.Individual, [A], plan);

        Assert.DoesNotContain(schedule, m => m.InstrumentCode == "CSI-4");
        Assert.Equal(5, schedule.Count(m => m.InstrumentCode == "PHQ-9" && m.Timepoint.Name.StartsWith("Before dosing session", StringComparison.Ordinal)));
        Assert.DoesNotContain(schedule, m => m.Timepoint.Name == "Before dosing session 6");
    }

    [Fact]
    public void A_plan_without_doses_asks_nothing() =>
        Assert.Empty(MeasurementSchedule.ForSeries(CaseKind.Individual, [A], []));
}
