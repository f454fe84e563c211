using System.Globalization;

namespace Tandem.Core.Register;

/// <summary>
/// Quantities of stock are whole thousandths of a unit: exact, summed in C#, and an integer in both databases so that a
/// check constraint compares numbers, not text (decision 0017).
/// </summary>
public static class StockQuantity
{
    public const long PerUnit = 1000;

    public static decimal Units(long thousandths) => thousandths / (decimal)PerUnit;

    public static long Thousandths(decimal units) => (long)(units * PerUnit);

    /// <summary>A quantity as typed at a form: a number of units above zero, to at most three decimal places.</summary>
    public static bool TryParse(string? text, string unit, out long thousandths, out string problem)
    {
        thousandths = 0;
        const NumberStyles Plain = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (!decimal.TryParse(text, Plain, CultureInfo.InvariantCulture, out var units) || units > 1_000_000m)
        {
            problem = $"Enter the quantity as a number of {unit}{(unit == "mL" ? "" : "s")}, e.g. 2 or 1.5.";
            return false;
        }

        if (units <= 0)
        {
            problem = "The quantity must be more than zero.";
            return false;
        }

        if (units * PerUnit != decimal.Truncate(units * PerUnit))
        {
            problem = "Give the quantity to at most three decimal places.";
            return false;
        }

        thousandths = Thousandths(units);
        problem = "";
        return true;
    }
}
