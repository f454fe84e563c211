using Tandem.Core.Treatment;

namespace Tandem.Core.Tests.Treatment;

/// <summary>Each rule at, just inside and just past its limit, with DOMAIN.md's defaults written out here.</summary>
public sealed class DoseSafetyTests
{
    private static readonly ProtocolSettings Defaults = new();
    private static readonly DateOnly Today = new(2027, 1, 12);
    private static readonly DateTime DoseAt = new(2027, 1, 12, 10, 0, 0, DateTimeKind.Utc);

    private static BeforeDose Safe(SessionKind kind = SessionKind.IndividualJourney, decimal dose = 200m) =>
        new(kind, dose, dose, new Vitals(DoseAt.AddMinutes(-10), 120, 80, 72, 98), Today, Today, Today.AddDays(-7), Today.AddMonths(6), ConsentCurrent: true);

    private static IEnumerable<SafetyCheck> Codes(IReadOnlyList<SafetyFinding> findings) => findings.Select(f => f.Check);

    /// <summary>Overrides are stored against these numbers: a renamed check keeps its overrides, a renumbered one would lose them.</summary>
    [Fact]
    public void The_stored_number_of_every_safety_check_stays_the_same() =>
        Assert.Equal(
            "NoOrder=1 NoClearance=2 ClearanceExpired=3 Consent=4 NoBaseline=5 BloodPressure=6 HeartRate=7 DoseBand=8 DoseDiffers=9 TooSoon=10 "
            + "Checklist=11 NoRecheck=12 Observation=13 DischargeChecks=14 NotGiven=15 NotDischarged=16 BeforeItsDay=17",
            string.Join(' ', Enum.GetValues<SafetyCheck>().Select(c => $"{c}={(int)c}")));

    [Fact]
    public void A_session_within_every_limit_passes() => Assert.Empty(DoseSafety.Check(Safe(), Defaults));

    [Theory]
    [InlineData(160, 90, false)]
    [InlineData(159, 89, false)]
    [InlineData(161, 80, true)]
    [InlineData(150, 91, true)]
    public void Blood_pressure_over_160_over_90_is_a_warning(int systolic, int diastolic, bool flagged)
    {
        var findings = DoseSafety.Check(Safe() with { Baseline = new Vitals(DoseAt, systolic, diastolic, 70, 98) }, Defaults);
        Assert.Equal(flagged, Codes(findings).Contains(SafetyCheck.BloodPressure));
        Assert.All(findings, f => Assert.False(f.IsHardBlock));
    }

    [Theory]
    [InlineData(99, false)]
    [InlineData(100, false)]
    [InlineData(101, true)]
    public void Heart_rate_over_100_is_a_warning(int heartRate, bool flagged) =>
        Assert.Equal(flagged, Codes(DoseSafety.Check(Safe() with { Baseline = new Vitals(DoseAt, 120, 80, heartRate, 98) }, Defaults)).Contains(SafetyCheck.HeartRate));

    [Theory]
    [InlineData(SessionKind.SharedJourney, 49.9, true)]
    [InlineData(SessionKind.SharedJourney, 50, false)]
    [InlineData(SessionKind.SharedJourney, 200, false)]
    [InlineData(SessionKind.SharedJourney, 200.5, true)]
    [InlineData(SessionKind.IndividualJourney, 99, true)]
    [InlineData(SessionKind.IndividualJourney, 100, false)]
    [InlineData(SessionKind.IndividualJourney, 400, false)]
    [InlineData(SessionKind.IndividualJourney, 401, true)]
    public void The_dose_must_sit_in_the_band_for_the_kind_of_session(SessionKind kind, double mg, bool flagged) =>
        Assert.Equal(flagged, Codes(DoseSafety.Check(Safe(kind, (decimal)mg), Defaults)).Contains(SafetyCheck.DoseBand));

    [Fact]
    public void Bands_are_settings_not_constants()
    {
        var narrow = Defaults with { SharedJourneyBand = new DoseBand(50m, 150m) };
        Assert.Contains(SafetyCheck.DoseBand, Codes(DoseSafety.Check(Safe(SessionKind.SharedJourney, 175m), narrow)));
        Assert.DoesNotContain(SafetyCheck.DoseBand, Codes(DoseSafety.Check(Safe(SessionKind.SharedJourney, 175m), Defaults)));
    }

    [Theory]
    [InlineData(-6, false)]
    [InlineData(-5, false)]
    [InlineData(-4, true)]
    public void A_dose_too_soon_after_the_last_is_a_warning(int lastDoseDaysAgo, bool flagged) =>
        Assert.Equal(flagged, Codes(DoseSafety.Check(Safe() with { LastDoseDate = Today.AddDays(lastDoseDaysAgo) }, Defaults)).Contains(SafetyCheck.TooSoon));

    [Fact]
    public void Missing_order_clearance_or_consent_are_hard_blocks()
    {
        var findings = DoseSafety.Check(Safe() with { OrderedMg = null, ClearedUntil = null, ConsentCurrent = false }, Defaults);
        Assert.Equal([SafetyCheck.NoOrder, SafetyCheck.NoClearance, SafetyCheck.Consent], Codes(findings).Take(3));
        Assert.All(findings.Take(3), f => Assert.True(f.IsHardBlock));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(-1, true)]
    public void A_clearance_ending_before_the_session_is_a_hard_block(int clearedUntilOffset, bool blocked)
    {
        var finding = DoseSafety.Check(Safe() with { ClearedUntil = Today.AddDays(clearedUntilOffset) }, Defaults).FirstOrDefault(f => f.Check == SafetyCheck.ClearanceExpired);
        Assert.Equal(blocked, finding?.IsHardBlock == true);
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    [InlineData(3, false)]
    public void Before_the_sessions_day_nothing_is_dosed_nor_signed_but_recording_late_is_allowed(int todayOffset, bool blocked)
    {
        var finding = DoseSafety.Check(Safe() with { Today = Today.AddDays(todayOffset) }, Defaults).FirstOrDefault(f => f.Check == SafetyCheck.BeforeItsDay);
        Assert.Equal(blocked, finding?.IsHardBlock == true);
    }

    [Theory]
    [InlineData(SessionKind.SharedJourney, 200, false)]
    [InlineData(SessionKind.SharedJourney, 200.01, true)]
    [InlineData(SessionKind.IndividualJourney, 99.99, true)]
    [InlineData(SessionKind.IndividualJourney, 100, false)]
    public void An_order_outside_the_band_for_its_session_kind_is_the_same_warning_as_a_dose_outside_it(SessionKind kind, decimal mg, bool outside)
    {
        var finding = DoseSafety.OutsideBand(kind, mg, Defaults);
        Assert.Equal(outside, finding is { Check: SafetyCheck.DoseBand, IsHardBlock: false });
        Assert.Equal(finding?.Message, DoseSafety.Check(Safe(kind, mg), Defaults).FirstOrDefault(f => f.Check == SafetyCheck.DoseBand)?.Message);
    }

    [Fact]
    public void A_dose_other_than_the_order_is_a_warning()
    {
        var finding = Assert.Single(DoseSafety.Check(Safe() with { OrderedMg = 150m }, Defaults));
        Assert.Equal("200 mg differs from the prescriber's order of 150 mg.", finding.Message);
    }

    [Theory]
    [InlineData(29, true)]
    [InlineData(30, false)]
    [InlineData(40, false)]
    [InlineData(55, false)]
    [InlineData(56, true)]
    public void Discharge_needs_a_blood_pressure_recheck_about_forty_minutes_after_the_dose(int minutes, bool flagged)
    {
        var readings = new[] { new Vitals(DoseAt.AddMinutes(-10), 120, 80, 70, 98), new Vitals(DoseAt.AddMinutes(minutes), 130, 85, 75, 97) };
        var findings = DoseSafety.Check(new BeforeDischarge(DoseAt, DoseAt.AddHours(2), readings, true), Defaults);
        Assert.Equal(flagged, Codes(findings).Contains(SafetyCheck.NoRecheck));
    }

    [Theory]
    [InlineData(119, true)]
    [InlineData(120, false)]
    public void Discharge_needs_two_hours_of_observation(int minutes, bool flagged)
    {
        var readings = new[] { new Vitals(DoseAt.AddMinutes(40), 130, 85, 75, 97) };
        Assert.Equal(flagged, Codes(DoseSafety.Check(new BeforeDischarge(DoseAt, DoseAt.AddMinutes(minutes), readings, true), Defaults)).Contains(SafetyCheck.Observation));
    }

    [Fact]
    public void Discharge_checks_must_be_complete()
    {
        var readings = new[] { new Vitals(DoseAt.AddMinutes(40), 130, 85, 75, 97) };
        Assert.Equal([SafetyCheck.DischargeChecks], Codes(DoseSafety.Check(new BeforeDischarge(DoseAt, DoseAt.AddHours(3), readings, false), Defaults)));
    }
}
