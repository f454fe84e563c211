namespace Tandem.Core.Register;

/// <summary>What an entry in the register records. Stored by number.</summary>
public enum RegisterEntryKind
{
    Receipt = 1,
    Waste = 2,
    TransferOut = 3,
    TransferIn = 4,
    Return = 5,
    Destruction = 6,
    Loss = 7,
    Correction = 8,
    Administration = 9,

    /// <summary>A prescriber's entry bringing the book to what a count found; it names the count's line.</summary>
    CountAdjustment = 11,
}
