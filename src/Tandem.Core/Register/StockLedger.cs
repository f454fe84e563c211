using System.Globalization;

namespace Tandem.Core.Register;

/// <summary>The register's rules: which way each entry moves the balance, that no balance goes below zero, and lots by date.</summary>
public static class StockLedger
{
    /// <summary>+1 for stock coming in, -1 for stock going out; a correction or a count adjustment carries its own sign.</summary>
    public static int Direction(this RegisterEntryKind kind) =>
        kind is RegisterEntryKind.Receipt or RegisterEntryKind.TransferIn or RegisterEntryKind.Correction or RegisterEntryKind.CountAdjustment ? 1 : -1;

    /// <summary>The balance after a change, or null when it would fall below zero: such an entry is refused.</summary>
    public static long? After(long balance, long change) => balance + change >= 0 ? balance + change : null;

    /// <summary>
    /// The change a correction makes: from what the entry (with any earlier corrections) did to what it should have done.
    /// </summary>
    public static long CorrectionChange(RegisterEntryKind corrected, long changeSoFar, long shouldHaveBeen) => (corrected.Direction() * shouldHaveBeen) - changeSoFar;

    /// <summary>Why a receipt cannot be recorded with this expiry, if it cannot.</summary>
    public static string? ReceiptProblem(DateOnly receivedOn, DateOnly expiresOn) =>
        expiresOn < receivedOn ? "The expiry date is before the day it was received: check the date on the pack." : null;

    /// <summary>Why this lot cannot be moved to another location on this day, if it cannot.</summary>
    public static string? TransferProblem(StockLot lot, DateOnly on) =>
        lot.IsExpiredOn(on) ? $"Lot {lot.Number} expired on {lot.ExpiresOn.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}: it stays where it is until it is returned or destroyed." : null;
}
