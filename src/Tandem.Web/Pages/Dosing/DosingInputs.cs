using System.ComponentModel.DataAnnotations;
using Tandem.Core.Dosing;
using Tandem.Core.Treatment;

namespace Tandem.Web.Pages.Dosing;

public sealed class OrderInput
{
    public Guid ClientId { get; set; }

    /// <summary>The version of the order the prescriber saw; none when there was no order yet.</summary>
    public Guid? Version { get; set; }

    [Required(ErrorMessage = "Enter the dose in mg.")]
    [Range(1, 1000, ErrorMessage = "A dose is between 1 and 1000 mg.")]
    public decimal? Mg { get; set; }

    public DoseRoute Route { get; set; } = DoseRoute.SublingualLozenge;
    public bool BoosterAllowed { get; set; }

    [Range(1, 500, ErrorMessage = "A booster is between 1 and 500 mg.")]
    public decimal? BoosterMaxMg { get; set; }

    [StringLength(DoseOrder.MaxNoteLength)]
    public string? Note { get; set; }

    [StringLength(DoseOrder.MaxReasonLength)]
    public string? OutsideBandReason { get; set; }
}

public sealed class VitalsInput
{
    public Guid ClientId { get; set; }

    [Required(ErrorMessage = "Enter the time of the reading.")]
    public TimeOnly? At { get; set; }

    [Required(ErrorMessage = "Enter the systolic pressure."), Range(50, 300, ErrorMessage = "Systolic is between 50 and 300.")]
    public int? Systolic { get; set; }

    [Required(ErrorMessage = "Enter the diastolic pressure."), Range(20, 200, ErrorMessage = "Diastolic is between 20 and 200.")]
    public int? Diastolic { get; set; }

    [Required(ErrorMessage = "Enter the heart rate."), Range(20, 250, ErrorMessage = "Heart rate is between 20 and 250.")]
    public int? HeartRate { get; set; }

    [Range(50, 100, ErrorMessage = "SpO2 is between 50 and 100%.")]
    public int? SpO2 { get; set; }
}

public sealed class AdverseEventInput
{
    public Guid ClientId { get; set; }

    [Required(ErrorMessage = "Choose what happened.")]
    public AdverseEventKind? Kind { get; set; }

    [Required(ErrorMessage = "Choose the severity.")]
    public Severity? Severity { get; set; }

    [Required(ErrorMessage = "Enter the time.")]
    public TimeOnly? At { get; set; }

    [StringLength(AdverseEvent.MaxTextLength)]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Say what was done."), StringLength(AdverseEvent.MaxTextLength)]
    public string? Action { get; set; }
}

public sealed class OverrideInput
{
    public Guid ClientId { get; set; }
    public SafetyCheck? Check { get; set; }

    [Required(ErrorMessage = "Write why it is safe to go on."), StringLength(SafetyOverride.MaxReasonLength)]
    public string? Reason { get; set; }
}

public sealed class SettingInput
{
    public Guid Version { get; set; }

    [StringLength(DosingSession.MaxShortLength)]
    public string? Room { get; set; }

    public bool Eyeshades { get; set; }

    [StringLength(DosingSession.MaxShortLength)]
    public string? Playlist { get; set; }

    [StringLength(DosingSession.MaxTextLength)]
    public string? Observations { get; set; }
}

public sealed class AmendInput
{
    public Guid? ClientId { get; set; }

    [Required(ErrorMessage = "Write the correction."), StringLength(DosingSession.MaxTextLength)]
    public string? Correction { get; set; }

    [Required(ErrorMessage = "Say why the record is amended."), StringLength(1000)]
    public string? Reason { get; set; }
}

public sealed class WasteInput
{
    public Guid ClientId { get; set; }

    [Required(ErrorMessage = "Say why it was wasted."), StringLength(Core.Register.RegisterEntry.MaxTextLength)]
    public string? Reason { get; set; }

    public Register.WitnessInput Witness { get; set; } = new();
}
