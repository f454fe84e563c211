using System.Globalization;

namespace Tandem.Core.Measures;

/// <summary>
/// The outcome report's disclosure rule: a count of people below the practice's minimum cell size is not shown, and
/// neither is a count whose complement within a shown total is below it, since subtracting would give that one away.
/// Zero is shown: it describes nobody.
/// </summary>
public static class SmallCells
{
    public const int DefaultMinimum = 5;
    public const int LowestMinimum = 3;
    public const int HighestMinimum = 50;

    public static bool IsSmall(int count, int minimum) => count > 0 && count < minimum;

    /// <summary>Whether a part of a shown total may be shown: neither it nor the rest of the total is a small cell.</summary>
    public static bool MayShowPart(int part, int total, int minimum) => !IsSmall(part, minimum) && !IsSmall(total - part, minimum);

    public const string Withheld = "withheld";

    public static string FewerThan(int minimum) => $"fewer than {minimum}";

    /// <summary>How a part of a shown total reads: its count, "fewer than" the minimum, or withheld when the rest is a small cell.</summary>
    public static string Part(int part, int total, int minimum) =>
        MayShowPart(part, total, minimum) ? part.ToString(CultureInfo.InvariantCulture) : IsSmall(part, minimum) ? FewerThan(minimum) : Withheld;
}
