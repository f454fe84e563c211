using Tandem.Core.Dosing;
using Tandem.Core.Treatment;

namespace Tandem.Core.Tests.Dosing;

public sealed class DosingChecksTests
{
    private static readonly DateTime Given = new(2027, 1, 5, 15, 0, 0, DateTimeKind.Utc);
    private static readonly DosingContext Ready = new(
        SessionKind.IndividualJourney, new DateOnly(2027, 1, 5), Today: new DateOnly(2027, 1, 5), 200m, null, new DateOnly(2027, 12, 31), ConsentCurrent: true, EarlierUnsigned: []);

    [Fact]
    public void A_complete_record_within_every_limit_has_no_findings()
    {
        var record = Complete();
        Assert.Empty(DosingChecks.BeforeDose(record, Ready, new ProtocolSettings()));
        Assert.Empty(DosingChecks.BeforeDischarge(record, new ProtocolSettings()));
    }

    [Fact]
    public void The_baseline_is_the_last_reading_before_the_dose_not_a_later_one()
    {
        var record = Complete();
        record.Vitals.Add(new VitalsReading { At = Given.AddMinutes(-30), Systolic = 165, Diastolic = 85, HeartRate = 70 });
        var findings = DosingChecks.BeforeDose(record, Ready, new ProtocolSettings());
        Assert.Empty(findings);

        record.Vitals.Add(new VitalsReading { At = Given.AddMinutes(-2), Systolic = 165, Diastolic = 85, HeartRate = 70 });
        Assert.Equal(SafetyCheck.BloodPressure, Assert.Single(DosingChecks.BeforeDose(record, Ready, new ProtocolSettings())).Check);
    }

    [Fact]
    public void An_incomplete_checklist_is_a_warning_and_a_dose_not_yet_given_blocks_discharge()
    {
        var record = Complete();
        record.EscortPhone = null;
        Assert.Equal([SafetyCheck.Checklist], DosingChecks.BeforeDose(record, Ready, new ProtocolSettings()).Select(f => f.Check));

        record.GivenAt = null;
        var block = Assert.Single(DosingChecks.BeforeDischarge(record, new ProtocolSettings()));
        Assert.True(block.IsHardBlock);
    }

    [Fact]
    public void Overrides_resolve_warnings_but_never_hard_blocks()
    {
        SafetyFinding[] findings = [new(SafetyCheck.BloodPressure, "high", false), new(SafetyCheck.Consent, "no consent", true)];
        Assert.Equal([SafetyCheck.Consent], DosingChecks.Unresolved(findings, [SafetyCheck.BloodPressure, SafetyCheck.Consent]).Select(f => f.Check));
        Assert.Equal(2, DosingChecks.Unresolved(findings, []).Count);
    }

    [Fact]
    public void A_reading_or_dose_out_of_limits_waits_for_a_prescriber_but_an_unfinished_record_and_an_override_do_not()
    {
        SafetyFinding[] findings =
        [
            new(SafetyCheck.BloodPressure, "high", false), new(SafetyCheck.TooSoon, "soon", false), new(SafetyCheck.NoBaseline, "none", false),
            new(SafetyCheck.Checklist, "unticked", false), new(SafetyCheck.NoRecheck, "none", false), new(SafetyCheck.NoOrder, "none", true),
        ];
        Assert.Equal([SafetyCheck.BloodPressure, SafetyCheck.TooSoon], DosingChecks.WaitingForPrescriber(findings, []).Select(f => f.Check));
        Assert.Equal([SafetyCheck.TooSoon], DosingChecks.WaitingForPrescriber(findings, [SafetyCheck.BloodPressure]).Select(f => f.Check));
    }

    [Fact]
    public void A_dose_recorded_while_an_earlier_dosing_session_is_unsigned_needs_a_reason()
    {
        var record = Complete();
        var earlier = Ready with { EarlierUnsigned = [new DateOnly(2026, 12, 29)] };
        Assert.Null(DosingChecks.MissingEarlierReason(record, Ready, "Ari"));
        Assert.Equal(
            "Ari's dosing session of 29 December 2026 is not signed yet. Sign it (or cancel it on the series plan if it did not happen), or write why this dose is recorded first.",
            DosingChecks.MissingEarlierReason(record, earlier, "Ari"));

        record.EarlierUnsignedReason = "  ";
        Assert.NotNull(DosingChecks.MissingEarlierReason(record, earlier, "Ari"));
        record.EarlierUnsignedReason = "The sheet is with the nurse";
        Assert.Null(DosingChecks.MissingEarlierReason(record, earlier, "Ari"));
        record.DoseMg = null;
        record.EarlierUnsignedReason = null;
        Assert.Null(DosingChecks.MissingEarlierReason(record, earlier, "Ari"));
    }

    [Theory]
    [InlineData(250, 80, 3.13)]
    [InlineData(200, 64, 3.13)]
    [InlineData(100, 50, 2.00)]
    public void Mg_per_kg_is_rounded_to_two_places_half_up(decimal mg, decimal kg, decimal expected) =>
        Assert.Equal(expected, new DosingRecord { DoseMg = mg, WeightKg = kg }.MgPerKg);

    private static DosingRecord Complete()
    {
        var record = new DosingRecord
        {
            Fasted = true, NoAlcoholOrBenzodiazepines = true, EscortName = "Pat", EscortPhone = "555", DoseMg = 200m, WeightKg = 70m,
            GivenAt = Given, DischargedAt = Given.AddHours(2.5), AlertAndOriented = true, SteadyWalking = true, VitalsNearBaseline = true,
            EscortPresent = true, NoDrivingToday = true,
        };
        record.Vitals.Add(new VitalsReading { At = Given.AddMinutes(-10), Systolic = 128, Diastolic = 80, HeartRate = 72 });
        record.Vitals.Add(new VitalsReading { At = Given.AddMinutes(40), Systolic = 135, Diastolic = 84, HeartRate = 76 });
        return record;
    }
}
