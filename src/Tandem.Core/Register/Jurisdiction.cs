namespace Tandem.Core.Register;

/// <summary>Whose law the register answers to: it selects the register's wording; the entries underneath are the same.</summary>
public enum Jurisdiction
{
    UnitedStates = 1,
    UnitedKingdom = 2,
}

/// <summary>The practice's register settings; a practice without a row keeps a US register.</summary>
public sealed class RegisterSettings : PracticeRecord
{
    public Jurisdiction Jurisdiction { get; set; } = Jurisdiction.UnitedStates;

    /// <summary>The counts the practice requires of itself; the dashboard shows one that is due.</summary>
    public CountKind RequiredCounts { get; set; }
}
