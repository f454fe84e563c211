using System.ComponentModel.DataAnnotations;
using Tandem.Core.Treatment;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Settings;

/// <summary>The protocol form: every limit the dosing checks and the series planner apply, in the units a prescriber thinks in.</summary>
public sealed class ProtocolInput
{
    /// <summary>The version the prescriber started from, so a change saved by someone else meanwhile is not silently replaced.</summary>
    public int BasedOn { get; set; }

    [Range(100, 220, ErrorMessage = "Enter a systolic limit between 100 and 220 mmHg.")]
    public int MaxSystolic { get; set; }

    [Range(60, 140, ErrorMessage = "Enter a diastolic limit between 60 and 140 mmHg.")]
    public int MaxDiastolic { get; set; }

    [Range(60, 160, ErrorMessage = "Enter a heart-rate limit between 60 and 160 bpm.")]
    public int MaxHeartRate { get; set; }

    [Range(1, 1000, ErrorMessage = "Enter a dose between 1 and 1000 mg.")]
    public decimal SharedMinMg { get; set; }

    [Range(1, 1000, ErrorMessage = "Enter a dose between 1 and 1000 mg.")]
    public decimal SharedMaxMg { get; set; }

    [Range(1, 1000, ErrorMessage = "Enter a dose between 1 and 1000 mg.")]
    public decimal IndividualMinMg { get; set; }

    [Range(1, 1000, ErrorMessage = "Enter a dose between 1 and 1000 mg.")]
    public decimal IndividualMaxMg { get; set; }

    [Range(60, 480, ErrorMessage = "Observe for between 60 and 480 minutes.")]
    public int ObservationMinutes { get; set; }

    [Range(10, 120, ErrorMessage = "Enter between 10 and 120 minutes after the dose.")]
    public int RecheckFromMinutes { get; set; }

    [Range(10, 120, ErrorMessage = "Enter between 10 and 120 minutes after the dose.")]
    public int RecheckUntilMinutes { get; set; }

    [Range(1, 28, ErrorMessage = "Enter between 1 and 28 days.")]
    public int MinimumDaysBetweenDoses { get; set; }

    [Range(1, 14, ErrorMessage = "Enter between 1 and 14 days.")]
    public int IntegrationWithinDays { get; set; }

    [Range(3, 28, ErrorMessage = "Enter between 3 and 28 days.")]
    public int CadenceDays { get; set; }

    [Required(ErrorMessage = "Say why the protocol changes; the reason is kept with the version.")]
    [StringLength(PracticeProtocol.MaxReasonLength, ErrorMessage = "Keep the reason under 500 characters.")]
    public string? Reason { get; set; }

    public static ProtocolInput From(ProtocolSettings s, int basedOn) => new()
    {
        BasedOn = basedOn,
        MaxSystolic = s.MaxSystolicBeforeDose, MaxDiastolic = s.MaxDiastolicBeforeDose, MaxHeartRate = s.MaxHeartRateBeforeDose,
        SharedMinMg = s.SharedJourneyBand.MinimumMg, SharedMaxMg = s.SharedJourneyBand.MaximumMg,
        IndividualMinMg = s.IndividualJourneyBand.MinimumMg, IndividualMaxMg = s.IndividualJourneyBand.MaximumMg,
        ObservationMinutes = (int)s.MinimumObservation.TotalMinutes,
        RecheckFromMinutes = (int)s.RecheckFrom.TotalMinutes, RecheckUntilMinutes = (int)s.RecheckUntil.TotalMinutes,
        MinimumDaysBetweenDoses = s.Series.MinimumDaysBetweenDoses, IntegrationWithinDays = s.Series.IntegrationWithinDays,
        CadenceDays = s.Series.CadenceDays,
    };

    /// <summary>The settings this form describes, keeping whatever it does not show from <paramref name="current"/>.</summary>
    public ProtocolSettings ApplyTo(ProtocolSettings current) => current with
    {
        MaxSystolicBeforeDose = MaxSystolic, MaxDiastolicBeforeDose = MaxDiastolic, MaxHeartRateBeforeDose = MaxHeartRate,
        SharedJourneyBand = new DoseBand(SharedMinMg, SharedMaxMg),
        IndividualJourneyBand = new DoseBand(IndividualMinMg, IndividualMaxMg),
        MinimumObservation = TimeSpan.FromMinutes(ObservationMinutes),
        RecheckFrom = TimeSpan.FromMinutes(RecheckFromMinutes), RecheckUntil = TimeSpan.FromMinutes(RecheckUntilMinutes),
        Series = current.Series with
        {
            MinimumDaysBetweenDoses = MinimumDaysBetweenDoses, IntegrationWithinDays = IntegrationWithinDays, CadenceDays = CadenceDays,
        },
    };

    /// <summary>The rules across fields: each dose band runs upwards, and the re-check falls within the observation.</summary>
    public void Check(Refusals refusals)
    {
        if (SharedMinMg > SharedMaxMg)
        {
            refusals.Add("Input.SharedMaxMg", "The lowest shared-journey dose is above the highest.");
        }

        if (IndividualMinMg > IndividualMaxMg)
        {
            refusals.Add("Input.IndividualMaxMg", "The lowest individual-journey dose is above the highest.");
        }

        if (RecheckFromMinutes >= RecheckUntilMinutes)
        {
            refusals.Add("Input.RecheckUntilMinutes", "The re-check window must end after it starts.");
        }

        if (RecheckUntilMinutes > ObservationMinutes)
        {
            refusals.Add("Input.RecheckUntilMinutes", "The re-check must fall within the observation time.");
        }
    }
}
