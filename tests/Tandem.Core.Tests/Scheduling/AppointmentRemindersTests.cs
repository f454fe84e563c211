using Tandem.Core.Scheduling;

namespace Tandem.Core.Tests.Scheduling;

public sealed class AppointmentRemindersTests
{
    private static readonly DateOnly Session = new(2026, 12, 10);

    [Theory]
    [InlineData(5, new int[0])]
    [InlineData(3, new int[0])]
    [InlineData(2, new[] { 2 })]
    [InlineData(1, new[] { 1, 2 })]
    [InlineData(0, new[] { 1, 2 })]
    [InlineData(-1, new int[0])]
    public void A_reminder_is_due_from_its_lead_time_until_the_sessions_day_nearest_first(int daysAhead, int[] due)
    {
        Assert.Equal(due, AppointmentReminders.Due(Session, Session.AddDays(-daysAhead), [2, 1]));
    }

    [Fact]
    public void A_lead_time_of_zero_is_no_reminder()
    {
        Assert.Equal([2], AppointmentReminders.Due(Session, Session.AddDays(-1), [2, 0]));
    }
}
