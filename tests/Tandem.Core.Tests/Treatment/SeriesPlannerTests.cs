using Tandem.Core.Cases;
using Tandem.Core.Treatment;

namespace Tandem.Core.Tests.Treatment;

public sealed class SeriesPlannerTests
{
    private static readonly Guid A = Guid.NewGuid();
    private static readonly Guid B = Guid.NewGuid();
    private static readonly DateOnly Monday = new(2027, 1, 4);
    private static readonly SeriesRules Rules = new();
    private static readonly Dictionary<Guid, string> Couple = new() { [A] = "Jordan", [B] = "Alex" };

    [Fact]
    public void The_worked_example_a_couple_of_eight_starting_monday_4_january_2027()
    {
        var plan = SeriesPlanner.Plan(CaseKind.Couple, [A, B], 8, Monday, Rules);
        var weekOne = plan.Where(s => s.Step == 1).ToList();
        Assert.Equal(
            [
                (SessionKind.IndividualJourney, (Guid?)A, new DateOnly(2027, 1, 5)),
                (SessionKind.IndividualIntegration, A, new DateOnly(2027, 1, 6)),
                (SessionKind.IndividualJourney, B, new DateOnly(2027, 1, 7)),
                (SessionKind.IndividualIntegration, B, new DateOnly(2027, 1, 8)),
            ],
            weekOne.Select(s => (s.Kind, s.Person, s.Date)));
        Assert.Equal(new DateOnly(2027, 1, 8), weekOne[1].IntegrationDue);
        Assert.Equal(new DateOnly(2027, 1, 10), weekOne[3].IntegrationDue);

        var weekTwo = plan.Where(s => s.Step == 2).ToList();
        Assert.Equal([(SessionKind.SharedJourney, new DateOnly(2027, 1, 12)), (SessionKind.JointIntegration, new DateOnly(2027, 1, 13))], weekTwo.Select(s => (s.Kind, s.Date)));
        Assert.Equal(new DateOnly(2027, 1, 15), weekTwo[1].IntegrationDue);

        Assert.Equal(new DateOnly(2027, 2, 23), plan.Where(s => s.Step == 8).Single(s => s.IsDosing).Date);
        Assert.Empty(SeriesCheck.Violations(CaseKind.Couple, Couple, plan, Rules));
    }

    [Theory]
    [InlineData(6, "ISISIS")]
    [InlineData(7, "ISISISI")]
    [InlineData(8, "ISISISIS")]
    public void A_couple_alternates_starting_individual_and_each_partner_gets_n_doses(int n, string pattern)
    {
        var plan = SeriesPlanner.Plan(CaseKind.Couple, [A, B], n, Monday, Rules);
        var steps = plan.Where(s => s.IsDosing).GroupBy(s => s.Step).Select(g => g.First().Kind == SessionKind.SharedJourney ? 'S' : 'I');
        Assert.Equal(pattern, string.Concat(steps));
        Assert.Equal(n, plan.Count(s => s.Doses(A)));
        Assert.Equal(n, plan.Count(s => s.Doses(B)));
        Assert.Equal(plan.Count(s => s.IsDosing), plan.Count(s => !s.IsDosing));
        Assert.All(plan.Where(s => s.Kind == SessionKind.IndividualJourney && s.Step % 2 == 1).GroupBy(s => s.Step), g => Assert.Equal(2, g.Select(s => s.Date).Distinct().Count()));
        Assert.Empty(SeriesCheck.Violations(CaseKind.Couple, Couple, plan, Rules));
    }

    [Theory]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void An_individual_has_n_weekly_journeys_each_followed_by_integration(int n)
    {
        var plan = SeriesPlanner.Plan(CaseKind.Individual, [A], n, Monday, Rules);
        var doses = plan.Where(s => s.IsDosing).ToList();
        Assert.Equal(n, doses.Count);
        Assert.All(doses, d => Assert.Equal(SessionKind.IndividualJourney, d.Kind));
        Assert.All(doses.Zip(doses.Skip(1)), pair => Assert.Equal(7, pair.Second.Date.DayNumber - pair.First.Date.DayNumber));
        Assert.All(plan.Where(s => !s.IsDosing), i => Assert.Equal(plan.Single(d => d.Number == i.After).Date.AddDays(1), i.Date));
        Assert.Empty(SeriesCheck.Violations(CaseKind.Individual, new Dictionary<Guid, string> { [A] = "Priya" }, plan, Rules));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(9)]
    public void A_series_outside_six_to_eight_is_refused(int n) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SeriesPlanner.Plan(CaseKind.Individual, [A], n, Monday, Rules));

    [Fact]
    public void Spacing_at_the_limit_passes_and_a_day_less_is_explained()
    {
        var plan = SeriesPlanner.Plan(CaseKind.Couple, [A, B], 6, Monday, Rules).ToList();
        var alexFirst = plan.Single(s => s.Step == 1 && s.Person == B && s.IsDosing);
        Assert.Equal(new DateOnly(2027, 1, 7), alexFirst.Date);
        Assert.Empty(SeriesCheck.Violations(CaseKind.Couple, Couple, plan, Rules));

        var moved = Move(plan, plan.Single(s => s.Step == 2 && s.IsDosing).Number, new DateOnly(2027, 1, 11));
        var problem = Assert.Single(SeriesCheck.Violations(CaseKind.Couple, Couple, MoveIntegrationWith(moved, 2), Rules));
        Assert.Equal("Alex's dosing sessions on Thu 7 Jan and Mon 11 Jan are too close: the next one can be on Tue 12 Jan at the earliest.", problem);
    }

    [Fact]
    public void An_integration_outside_its_window_or_cancelled_is_explained()
    {
        var plan = SeriesPlanner.Plan(CaseKind.Individual, [A], 6, Monday, Rules).ToList();
        var names = new Dictionary<Guid, string> { [A] = "Priya" };
        var firstIntegration = plan.First(s => !s.IsDosing);

        var late = Move(plan, firstIntegration.Number, new DateOnly(2027, 1, 9));
        Assert.Equal(["The integration after Priya's journey on Tue 5 Jan is on Sat 9 Jan; it must be between Tue 5 Jan and Fri 8 Jan."],
            SeriesCheck.Violations(CaseKind.Individual, names, late, Rules));

        var cancelled = plan.Select(s => s.Number == firstIntegration.Number ? s with { Cancelled = true } : s).ToList();
        Assert.Equal(["Priya's journey on Tue 5 Jan has no individual integration session after it."],
            SeriesCheck.Violations(CaseKind.Individual, names, cancelled, Rules));
    }

    [Fact]
    public void Cancelling_a_dosing_session_below_six_and_breaking_the_alternation_are_explained()
    {
        var plan = SeriesPlanner.Plan(CaseKind.Couple, [A, B], 6, Monday, Rules).ToList();
        var lastShared = plan.Where(s => s.Kind == SessionKind.SharedJourney).Max(s => s.Number);
        var cancelled = plan.Select(s => s.Number == lastShared || s.After == lastShared ? s with { Cancelled = true } : s).ToList();
        Assert.Equal(["Jordan has 5 dosing sessions planned; a series has 6 to 8.", "Alex has 5 dosing sessions planned; a series has 6 to 8."],
            SeriesCheck.Violations(CaseKind.Couple, Couple, cancelled, Rules));

        var firstShared = plan.First(s => s.Kind == SessionKind.SharedJourney);
        var swapped = MoveIntegrationWith(Move(plan, firstShared.Number, new DateOnly(2027, 1, 1)), firstShared.Step);
        Assert.Contains("Individual and shared journeys should alternate, starting with individual journeys; step 1 is shared.",
            SeriesCheck.Violations(CaseKind.Couple, Couple, swapped, Rules));
    }

    private static List<PlannedSession> Move(List<PlannedSession> plan, int number, DateOnly to) =>
        [.. plan.Select(s => s.Number == number ? s with { Date = to } : s)];

    /// <summary>Moves the step's integration to the day after its (moved) dosing session, as a clinician would.</summary>
    private static List<PlannedSession> MoveIntegrationWith(List<PlannedSession> plan, int step)
    {
        var dose = plan.First(s => s.Step == step && s.IsDosing && s.Kind == SessionKind.SharedJourney);
        return [.. plan.Select(s => s.After == dose.Number ? s with { Date = dose.Date.AddDays(1) } : s)];
    }
}
