namespace Tandem.Core.Register;

/// <summary>
/// What is held of one lot at one location, in thousandths of a unit (<see cref="StockQuantity"/>). Only ever changed by a
/// conditional update in the database that keeps it at zero or above (decision 0017).
/// </summary>
public sealed class StockBalance : PracticeRecord
{
    public Guid LotId { get; set; }
    public Guid LocationId { get; set; }
    public long Balance { get; set; }
}
