using Tandem.Web.Infrastructure;

namespace Tandem.Web.Tests.Time;

public sealed class LocalTimeTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public void A_wall_clock_time_becomes_utc_in_the_practice_zone()
    {
        Assert.Equal(new DateTime(2027, 1, 5, 15, 0, 0, DateTimeKind.Utc), LocalTime.ToUtc(new DateOnly(2027, 1, 5), new TimeOnly(10, 0), NewYork));
        Assert.Equal(new DateTime(2027, 7, 6, 14, 0, 0, DateTimeKind.Utc), LocalTime.ToUtc(new DateOnly(2027, 7, 6), new TimeOnly(10, 0), NewYork));
    }

    [Fact]
    public void A_time_the_clocks_skip_reads_as_an_hour_later_instead_of_failing()
    {
        // 2027-03-14 02:30 does not exist in New York: the clocks go from 02:00 to 03:00.
        Assert.Equal(new DateTime(2027, 3, 14, 7, 30, 0, DateTimeKind.Utc), LocalTime.ToUtc(new DateOnly(2027, 3, 14), new TimeOnly(2, 30), NewYork));
    }
}
