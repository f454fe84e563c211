namespace Tandem.Core;

/// <summary>A clinic's dates are days where the practice is: an instant belongs to the practice's day, not UTC's or the server's.</summary>
public static class ClinicDays
{
    public static DateOnly DayIn(this DateTime utc, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone));
}
