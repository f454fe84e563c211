namespace Tandem.Core.Register;

/// <summary>A manufacturer's lot of one product, with its expiry; it may be held at several locations.</summary>
public sealed class StockLot : PracticeRecord
{
    public const int MaxNumberLength = 40;

    public Guid ProductId { get; set; }
    public required string Number { get; set; }
    public DateOnly ExpiresOn { get; set; }

    /// <summary>A lot may be used on its expiry date, not after it.</summary>
    public bool IsExpiredOn(DateOnly day) => day > ExpiresOn;
}
