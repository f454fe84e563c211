using System.Globalization;
using Tandem.Core.Register;

namespace Tandem.Web.Pages.Register;

/// <summary>How the register reads: its kinds of entry and its quantities.</summary>
public static class RegisterWords
{
    public static string Name(RegisterEntryKind kind) => kind switch
    {
        RegisterEntryKind.Receipt => "Received",
        RegisterEntryKind.Waste => "Wasted",
        RegisterEntryKind.TransferOut => "Transferred out",
        RegisterEntryKind.TransferIn => "Transferred in",
        RegisterEntryKind.Return => "Returned to supplier",
        RegisterEntryKind.Destruction => "Destroyed",
        RegisterEntryKind.Loss => "Lost or stolen",
        RegisterEntryKind.Administration => "Administered",
        RegisterEntryKind.CountAdjustment => "Count adjustment",
        _ => "Correction",
    };

    public static string Number(long thousandths) => StockQuantity.Units(thousandths).ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>"8.5 troches", "1 troche", "3 mL".</summary>
    public static string Units(long thousandths, DosageForm form)
    {
        var unit = form.Unit();
        return $"{Number(thousandths)} {unit}{(thousandths == StockQuantity.PerUnit || unit == "mL" ? "" : "s")}";
    }

    public static string Mg(long thousandths, StockProduct product) =>
        $"{product.MgIn(StockQuantity.Units(thousandths)).ToString("0.###", CultureInfo.InvariantCulture)} mg";

    /// <summary>An administration as the register's pages show it: the person by their register reference, never by name.</summary>
    public static string Administration(RegisterEntry e, string reference) =>
        $"{(e.Part == DosePart.Booster ? "Booster" : "Dose")} given to {reference} at the dosing session of {Day(e.OccurredOn)}";

    public static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
