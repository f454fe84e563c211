namespace Tandem.Core.Register;

/// <summary>A ketamine product the practice keeps: one page of the register per product, strength and form.</summary>
public sealed class StockProduct : PracticeRecord
{
    public const int MaxNameLength = 120;

    public required string Name { get; set; }
    public DosageForm Form { get; set; }

    /// <summary>The milligrams in one counted unit: per troche, lozenge or tablet, or per mL of a vial.</summary>
    public decimal MgPerUnit { get; set; }

    public decimal UnitsFor(decimal mg) => mg / MgPerUnit;

    public decimal MgIn(decimal units) => units * MgPerUnit;
}
