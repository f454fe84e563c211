namespace Tandem.Core.Treatment;

/// <summary>A practice's clinical limits for dosing sessions; Prescribers edit them. Defaults are DOMAIN.md's.</summary>
public sealed record ProtocolSettings
{
    public int MaxSystolicBeforeDose { get; init; } = 160;
    public int MaxDiastolicBeforeDose { get; init; } = 90;
    public int MaxHeartRateBeforeDose { get; init; } = 100;
    public DoseBand SharedJourneyBand { get; init; } = new(50m, 200m);
    public DoseBand IndividualJourneyBand { get; init; } = new(100m, 400m);
    public TimeSpan MinimumObservation { get; init; } = TimeSpan.FromHours(2);

    /// <summary>The blood-pressure re-check "about 40 minutes after the dose": a reading in this window counts.</summary>
    public TimeSpan RecheckFrom { get; init; } = TimeSpan.FromMinutes(30);
    public TimeSpan RecheckUntil { get; init; } = TimeSpan.FromMinutes(55);

    public SeriesRules Series { get; init; } = new();

    public DoseBand BandFor(SessionKind kind) => kind == SessionKind.SharedJourney ? SharedJourneyBand : IndividualJourneyBand;
}

public sealed record DoseBand(decimal MinimumMg, decimal MaximumMg)
{
    public bool Contains(decimal mg) => mg >= MinimumMg && mg <= MaximumMg;
}
