using System.Globalization;

namespace Tandem.Web.Infrastructure;

/// <summary>Instants shown as people read them, in a named time zone.</summary>
public static class LocalTime
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static DateTime In(this DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    public static string Day(this DateTime utc, TimeZoneInfo zone) => utc.In(zone).ToString("dddd d MMMM", English);

    public static string Clock(this DateTime utc, TimeZoneInfo zone) => utc.In(zone).ToString("h:mm tt", English);

    public static string When(this DateTime utc, TimeZoneInfo zone) => $"{utc.Day(zone)}, {utc.Clock(zone)}";

    public static TimeZoneInfo ZoneOr(string? id, TimeZoneInfo fallback) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : fallback;
}
