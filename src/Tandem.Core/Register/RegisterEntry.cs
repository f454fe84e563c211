namespace Tandem.Core.Register;

/// <summary>
/// One line of the register: what happened to one lot at one location, and the balance there after it. Never changed or
/// deleted; a mistake is put right by a <see cref="RegisterEntryKind.Correction"/> that names the entry it corrects.
/// </summary>
public sealed class RegisterEntry : PracticeRecord
{
    public const int MaxTextLength = 300;
    public const int MaxReferenceLength = 80;

    public RegisterEntryKind Kind { get; set; }
    public Guid LotId { get; set; }
    public Guid LocationId { get; set; }
    public DateOnly OccurredOn { get; set; }
    public DateTime RecordedAt { get; set; }
    public Guid RecordedById { get; set; }

    /// <summary>The change to the balance in thousandths of a unit: positive for stock in, negative for stock out.</summary>
    public long Change { get; set; }

    public long BalanceAfter { get; set; }

    public string? SupplierName { get; set; }
    public string? SupplierAddress { get; set; }
    public string? SupplierRegistration { get; set; }
    public string? InvoiceNumber { get; set; }
    public string? Reason { get; set; }
    public string? WitnessName { get; set; }

    /// <summary>The member of staff who confirmed as witness with their own password; null for a witness without a login.</summary>
    public Guid? WitnessId { get; set; }
    public string? WitnessAuthority { get; set; }
    public string? ReportReference { get; set; }

    /// <summary>For a transfer, the location at its other end.</summary>
    public Guid? OtherLocationId { get; set; }

    public Guid? CorrectsEntryId { get; set; }

    /// <summary>For an administration, its correction, or the waste of an opened unit's rest: the dosing record it belongs to.</summary>
    public Guid? DosingRecordId { get; set; }

    /// <summary>Whom an administration was given to; null on every other entry.</summary>
    public Guid? ClientId { get; set; }

    public DosePart? Part { get; set; }

    /// <summary>For a count adjustment, the count line whose difference it resolves; one adjustment per line.</summary>
    public Guid? CountLineId { get; set; }
}
