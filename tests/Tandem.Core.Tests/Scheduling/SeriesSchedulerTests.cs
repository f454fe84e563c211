using Tandem.Core.Cases;
using Tandem.Core.Scheduling;
using Tandem.Core.Treatment;

namespace Tandem.Core.Tests.Scheduling;

/// <summary>The whole-series scheduler on hand-worked dates: a clinician working Monday to Friday 9:00–17:00, in UTC.</summary>
public sealed class SeriesSchedulerTests
{
    private static readonly Guid A = Guid.NewGuid();
    private static readonly Guid B = Guid.NewGuid();
    private static readonly Guid Clinician = Guid.NewGuid();
    private static readonly Guid Willow = Guid.NewGuid();
    private static readonly Guid Cedar = Guid.NewGuid();
    private static readonly DateOnly Monday = new(2027, 1, 4);
    private static readonly SeriesRules Rules = new();
    private static readonly Dictionary<Guid, string> Couple = new() { [A] = "Jordan", [B] = "Alex" };

    [Fact]
    public void The_worked_example_keeps_every_planned_day_at_nine_in_the_first_room()
    {
        var plan = SeriesPlanner.Plan(CaseKind.Couple, [A, B], 8, Monday, Rules);

        var proposal = Propose(plan, Calendar(), Monday);

        Assert.Empty(proposal.Problems);
        Assert.Equal(plan.Select(s => (s.Number, s.Date)), proposal.Times.Select(t => (t.Number, t.Date)).OrderBy(t => t.Number));
        Assert.All(proposal.Times, t => Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(t.StartsAt)));
        Assert.All(proposal.Times, t => Assert.Equal(plan.Single(s => s.Number == t.Number).IsDosing ? Willow : null, t.RoomId));
        Assert.All(proposal.Times.Where(t => plan.Single(s => s.Number == t.Number).IsDosing), t => Assert.Equal(TimeSpan.FromHours(3), t.EndsAt - t.StartsAt));
        Assert.Equal(new DateOnly(2027, 1, 15), proposal.Times.Single(t => t.Date == new DateOnly(2027, 1, 13)).IntegrationDue);
    }

    [Fact]
    public void A_holiday_week_moves_the_shared_journey_to_the_monday_after_and_the_series_on_from_there()
    {
        var plan = SeriesPlanner.Plan(CaseKind.Couple, [A, B], 8, Monday, Rules);
        var closed = new Closure { Name = "Winter break", FirstDay = new(2027, 1, 11), LastDay = new(2027, 1, 15) };

        var proposal = Propose(plan, Calendar(closures: [closed]), Monday);

        Assert.Empty(proposal.Problems);
        var days = Days(plan, proposal);
        Assert.Equal(
            [
                ("A journey", new DateOnly(2027, 1, 5)), ("A integration", new DateOnly(2027, 1, 6)),
                ("B journey", new DateOnly(2027, 1, 7)), ("B integration", new DateOnly(2027, 1, 8)),
                // Closed 11–15 January: the shared journey waits for Monday 18th, its joint integration the day after.
                ("shared journey", new DateOnly(2027, 1, 18)), ("joint integration", new DateOnly(2027, 1, 19)),
                // Six days from the shared journey for both: Monday 25th for A; B on a day of their own, Tuesday 26th.
                ("A journey", new DateOnly(2027, 1, 25)), ("A integration", new DateOnly(2027, 1, 26)),
                ("B journey", new DateOnly(2027, 1, 26)), ("B integration", new DateOnly(2027, 1, 27)),
                // Six days from B's Tuesday is Sunday 31st: Monday 1 February.
                ("shared journey", new DateOnly(2027, 2, 1)), ("joint integration", new DateOnly(2027, 2, 2)),
            ],
            days.Take(12));
        var bOnTuesday = proposal.Times.Single(t => t.Date == new DateOnly(2027, 1, 26) && t.RoomId is not null);
        Assert.Equal(new TimeOnly(10, 0), TimeOnly.FromDateTime(bOnTuesday.StartsAt));
        Assert.All(proposal.Times, t => Assert.False(closed.Covers(t.Date) || t.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday));
    }

    [Fact]
    public void A_clinicians_day_off_moves_that_journey_a_day_and_its_integration_into_its_window_then_the_plan_recovers()
    {
        var plan = SeriesPlanner.Plan(CaseKind.Couple, [A, B], 8, Monday, Rules);

        var proposal = Propose(plan, Calendar(daysOff: new HashSet<DateOnly> { new(2027, 1, 7) }), Monday);

        Assert.Empty(proposal.Problems);
        Assert.Equal(
            [
                ("A journey", new DateOnly(2027, 1, 5)), ("A integration", new DateOnly(2027, 1, 6)),
                ("B journey", new DateOnly(2027, 1, 8)), ("B integration", new DateOnly(2027, 1, 11)),
                ("shared journey", new DateOnly(2027, 1, 13)), ("joint integration", new DateOnly(2027, 1, 14)),
                ("A journey", new DateOnly(2027, 1, 19)),
            ],
            Days(plan, proposal).Take(7));
        Assert.Equal(new DateOnly(2027, 1, 11), proposal.Times.Single(t => t.Date == new DateOnly(2027, 1, 11)).IntegrationDue);
    }

    [Fact]
    public void Christmas_eve_to_new_years_day_closed_an_individual_series_resumes_on_the_first_working_monday()
    {
        var plan = SeriesPlanner.Plan(CaseKind.Individual, [A], 6, new DateOnly(2026, 12, 21), Rules);
        var closed = new Closure { Name = "Holidays", FirstDay = new(2026, 12, 24), LastDay = new(2027, 1, 1) };

        var proposal = Propose(plan, Calendar(closures: [closed]), new DateOnly(2026, 12, 21), CaseKind.Individual);

        Assert.Empty(proposal.Problems);
        Assert.Equal(
            [
                ("A journey", new DateOnly(2026, 12, 22)), ("A integration", new DateOnly(2026, 12, 23)),
                ("A journey", new DateOnly(2027, 1, 4)), ("A integration", new DateOnly(2027, 1, 5)),
                ("A journey", new DateOnly(2027, 1, 11)), ("A integration", new DateOnly(2027, 1, 12)),
            ],
            Days(plan, proposal).Take(6));
        Assert.DoesNotContain(proposal.Times, t => closed.Covers(t.Date) || t.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    [Fact]
    public void Booked_time_is_worked_around_a_busy_clinician_later_that_day_and_a_taken_room_for_the_next()
    {
        var plan = SeriesPlanner.Plan(CaseKind.Individual, [A], 6, Monday, Rules);
        var tuesdayNine = new DateTime(2027, 1, 5, 9, 0, 0, DateTimeKind.Utc);
        var booked = Blocks(ReservedBlock.Clinician(Clinician), tuesdayNine, 60).Concat(Blocks(ReservedBlock.Room(Willow), tuesdayNine.AddHours(1), 180)).ToHashSet();

        var proposal = Propose(plan, Calendar(booked: booked), Monday, CaseKind.Individual);

        var first = proposal.Times.Single(t => t.Number == 1);
        Assert.Equal((tuesdayNine.AddHours(1), Cedar), (first.StartsAt, first.RoomId));
    }

    [Fact]
    public void Booked_and_recorded_sessions_stay_where_they_are_and_the_rest_keep_their_spacing_from_them()
    {
        var plan = SeriesPlanner.Plan(CaseKind.Couple, [A, B], 8, Monday, Rules);
        var kept = plan.Where(s => s.Step == 1).Select(s => s.Number).ToHashSet();

        var proposal = SeriesScheduler.Propose(CaseKind.Couple, Couple, plan, kept, Rules, Calendar(), Monday);

        Assert.Empty(proposal.Problems);
        Assert.DoesNotContain(proposal.Times, t => kept.Contains(t.Number));
        Assert.Equal(new DateOnly(2027, 1, 12), proposal.Times[0].Date);
    }

    [Fact]
    public void Without_session_hours_or_a_room_nothing_is_proposed_and_the_page_is_told_why()
    {
        var plan = SeriesPlanner.Plan(CaseKind.Individual, [A], 6, Monday, Rules);

        var noHours = Propose(plan, Calendar() with { Days = new WorkingDays([], new HashSet<DateOnly>(), []) }, Monday, CaseKind.Individual);
        var noRoom = Propose(plan, Calendar() with { Rooms = [] }, Monday, CaseKind.Individual);

        Assert.Empty(noHours.Times);
        Assert.Contains("session hours", Assert.Single(noHours.Problems));
        Assert.Contains("no room", Assert.Single(noRoom.Problems));
    }

    [Fact]
    public void Hours_are_the_practices_wall_clock_nine_stays_nine_across_a_clock_change()
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var plan = SeriesPlanner.Plan(CaseKind.Individual, [A], 6, new DateOnly(2027, 3, 22), Rules);

        var proposal = Propose(plan, Calendar() with { Zone = london }, new DateOnly(2027, 3, 22), CaseKind.Individual);

        Assert.Equal(new DateTime(2027, 3, 23, 9, 0, 0), proposal.Times[0].StartsAt);
        Assert.Equal(new DateTime(2027, 3, 30, 8, 0, 0), proposal.Times[2].StartsAt);
    }

    private static SeriesProposal Propose(IReadOnlyList<PlannedSession> plan, SchedulingCalendar calendar, DateOnly earliest, CaseKind kind = CaseKind.Couple) =>
        SeriesScheduler.Propose(kind, kind == CaseKind.Couple ? Couple : new() { [A] = "Jordan" }, plan, new HashSet<int>(), Rules, calendar, earliest);

    private static SchedulingCalendar Calendar(IReadOnlyList<Closure>? closures = null, IReadOnlySet<DateOnly>? daysOff = null, IReadOnlySet<(string, DateTime)>? booked = null)
    {
        var weekdays = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new SessionHours { ClinicianId = Clinician, Day = d, Start = new(9, 0), End = new(17, 0) }).ToList();
        return new(Clinician, new WorkingDays(weekdays, daysOff ?? new HashSet<DateOnly>(), closures ?? []), [Willow, Cedar],
            booked ?? new HashSet<(string, DateTime)>(), TimeZoneInfo.Utc);
    }

    private static IEnumerable<(string, DateTime)> Blocks(string resource, DateTime start, int minutes) =>
        ReservedBlock.Covering(start, start.AddMinutes(minutes)).Select(b => (resource, b));

    /// <summary>Each session as "A journey" or "joint integration" with its proposed day, in the plan's order.</summary>
    private static IEnumerable<(string, DateOnly)> Days(IReadOnlyList<PlannedSession> plan, SeriesProposal proposal) =>
        plan.OrderBy(s => s.Number).Select(s =>
        {
            var who = s.Person is null ? "" : s.Person == A ? "A " : "B ";
            var what = s.Kind switch
            {
                SessionKind.SharedJourney => "shared journey",
                SessionKind.JointIntegration => "joint integration",
                SessionKind.IndividualJourney => "journey",
                _ => "integration",
            };
            return (who + what, proposal.Times.Single(t => t.Number == s.Number).Date);
        });
}
