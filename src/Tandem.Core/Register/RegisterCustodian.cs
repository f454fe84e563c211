namespace Tandem.Core.Register;

/// <summary>
/// A staff member the practice admin names to keep the register beside its prescribers. The row stays when they are no
/// longer named, so that naming them again is a change to a record the admin's form carries the version of.
/// </summary>
public sealed class RegisterCustodian : PracticeRecord
{
    public Guid UserId { get; set; }
    public bool Named { get; set; }
}
