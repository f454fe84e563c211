namespace Tandem.Core.Register;

/// <summary>Which part of a dosing record an administration in the register is. Stored by number.</summary>
public enum DosePart
{
    Dose = 1,
    Booster = 2,
}
