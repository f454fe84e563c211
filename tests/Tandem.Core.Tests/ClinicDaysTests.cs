namespace Tandem.Core.Tests;

public sealed class ClinicDaysTests
{
    private static readonly TimeZoneInfo Denver = TimeZoneInfo.FindSystemTimeZoneById("America/Denver");
    private static readonly TimeZoneInfo Auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");

    [Theory]
    [InlineData("2026-03-10T03:30:00Z", "America/Denver", "2026-03-09")]
    [InlineData("2026-03-10T05:59:00Z", "America/Denver", "2026-03-09")]
    [InlineData("2026-03-10T06:00:00Z", "America/Denver", "2026-03-10")]
    [InlineData("2026-03-10T11:30:00Z", "Pacific/Auckland", "2026-03-11")]
    public void An_instant_belongs_to_the_practices_day_not_utcs(string utc, string zone, string day)
    {
        var instant = DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);

        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), instant.DayIn(TimeZoneInfo.FindSystemTimeZoneById(zone)));
    }

    [Fact]
    public void An_instant_read_back_without_its_kind_is_taken_as_utc()
    {
        var unspecified = new DateTime(2026, 7, 1, 2, 0, 0, DateTimeKind.Unspecified);

        Assert.Equal(new DateOnly(2026, 6, 30), unspecified.DayIn(Denver));
        Assert.Equal(new DateOnly(2026, 7, 1), unspecified.DayIn(Auckland));
    }
}
