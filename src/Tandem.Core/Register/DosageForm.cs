namespace Tandem.Core.Register;

/// <summary>How a ketamine product comes. Stored by number: renaming a label orphans nothing.</summary>
public enum DosageForm
{
    Troche = 1,
    Lozenge = 2,
    Tablet = 3,
    Vial = 4,
}

public static class DosageForms
{
    /// <summary>The unit the register counts: one troche, lozenge or tablet, or a millilitre drawn from a vial.</summary>
    public static string Unit(this DosageForm form) => form switch
    {
        DosageForm.Troche => "troche",
        DosageForm.Lozenge => "lozenge",
        DosageForm.Tablet => "tablet",
        _ => "mL",
    };

    /// <summary>Whether the rest of an opened unit must be given or wasted: a cut troche, lozenge or tablet never goes back into stock; a vial is drawn by the mL.</summary>
    public static bool LeavesOpenedRest(this DosageForm form) => form != DosageForm.Vial;

    /// <summary>How the strength reads: "100 mg per troche", "50 mg/mL".</summary>
    public static string Strength(this DosageForm form, decimal mgPerUnit) =>
        form == DosageForm.Vial ? $"{mgPerUnit:0.###} mg/mL" : $"{mgPerUnit:0.###} mg per {form.Unit()}";
}
