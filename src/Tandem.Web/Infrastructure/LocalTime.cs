using System.Globalization;
using Tandem.Core;

namespace Tandem.Web.Infrastructure;

/// <summary>Instants shown as people read them, in a named time zone.</summary>
public static class LocalTime
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static DateTime In(this DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    /// <summary>Today's date where the practice is: a session, a check-in or a due date belongs to the clinic's day, not the server's.</summary>
    public static DateOnly Today(this TimeProvider clock, TimeZoneInfo zone) => clock.GetUtcNow().UtcDateTime.DayIn(zone);

    public static string Day(this DateTime utc, TimeZoneInfo zone) => utc.In(zone).ToString("dddd d MMMM", English);

    public static string Clock(this DateTime utc, TimeZoneInfo zone) => utc.In(zone).ToString("h:mm tt", English);

    public static string When(this DateTime utc, TimeZoneInfo zone) => $"{utc.Day(zone)}, {utc.Clock(zone)}";

    /// <summary>A day with its year, for records read long after: "3 March 2026".</summary>
    public static string LongDay(this DateTime utc, TimeZoneInfo zone) => utc.In(zone).ToString("d MMMM yyyy", English);

    /// <summary>A wall-clock time on a day in the zone, as UTC; a time the clocks skip (spring forward) reads as an hour later.</summary>
    public static DateTime ToUtc(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(zone.IsInvalidTime(local) ? local.AddHours(1) : local, zone);
    }

    public static TimeZoneInfo ZoneOr(string? id, TimeZoneInfo fallback) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : fallback;
}
