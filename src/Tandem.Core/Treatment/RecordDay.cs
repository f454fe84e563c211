using System.Globalization;

namespace Tandem.Core.Treatment;

/// <summary>
/// A record belongs to its session's day in the practice's time zone: nothing in it happens, and nothing is signed,
/// before that day. Recording late is allowed; recording ahead is not.
/// </summary>
public static class RecordDay
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static bool IsAhead(DateOnly sessionDate, DateOnly today) => today < sessionDate;

    public static string DosingNotYet(DateOnly sessionDate) =>
        $"This session is on {Long(sessionDate)}: its dose, vitals and discharge are recorded, and the record signed, on that day or later.";

    public static string SigningNotYet(DateOnly sessionDate) => $"This session is on {Long(sessionDate)}: it is signed on its day, not before.";

    private static string Long(DateOnly date) => date.ToString("dddd d MMMM yyyy", English);
}
