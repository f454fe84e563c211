namespace Tandem.Core.Register;

/// <summary>
/// The kinds of count, as numbers that grow with what a count answers for; a practice's required counts are a set of
/// them (stored as these flags).
/// </summary>
[Flags]
public enum CountKind
{
    None = 0,
    Daily = 1,
    Weekly = 2,

    /// <summary>The full inventory a US registrant takes every two years (21 CFR 1304.11).</summary>
    Inventory = 4,
}

/// <summary>
/// What was found in one location on one day, lot by lot. Never changed: a difference stands beside the book balance
/// until a prescriber resolves it with an adjusting entry that names the line.
/// </summary>
public sealed class StockCount : PracticeRecord
{
    public CountKind Kind { get; set; }
    public Guid LocationId { get; set; }
    public DateOnly CountedOn { get; set; }
    public DateTime CountedAt { get; set; }
    public Guid CountedById { get; set; }

    /// <summary>Who saw the count, named when any lot was found to differ from the book.</summary>
    public string? WitnessName { get; set; }

    public Guid? WitnessId { get; set; }
}

/// <summary>One lot as counted: what was found beside the book balance at that moment.</summary>
public sealed class StockCountLine : PracticeRecord
{
    public Guid CountId { get; set; }
    public Guid LotId { get; set; }
    public Guid LocationId { get; set; }
    public long Found { get; set; }
    public long BookBalance { get; set; }

    /// <summary>Why what was found differs from the book; required when it does.</summary>
    public string? Reason { get; set; }

    /// <summary>Found less the book balance, in thousandths: negative when stock is missing. The adjusting entry moves the book by it.</summary>
    public long Difference => Found - BookBalance;
}
