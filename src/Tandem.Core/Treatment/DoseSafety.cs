using System.Globalization;

namespace Tandem.Core.Treatment;

/// <summary>A failed safety check. A warning can be overridden by a Prescriber with a written reason; a hard block by nobody.</summary>
public sealed record SafetyFinding(SafetyCheck Check, string Message, bool IsHardBlock);

public sealed record Vitals(DateTime At, int Systolic, int Diastolic, int HeartRate, int? SpO2);

/// <summary>What the checks before a dose need to know about one person's session.</summary>
public sealed record BeforeDose(
    SessionKind Kind,
    decimal? OrderedMg,
    decimal? DoseMg,
    Vitals? Baseline,
    DateOnly SessionDate,
    DateOnly Today,
    DateOnly? LastDoseDate,
    DateOnly? ClearedUntil,
    bool ConsentCurrent);

/// <summary>What the checks before discharge need to know.</summary>
public sealed record BeforeDischarge(DateTime DoseGivenAt, DateTime DischargeAt, IReadOnlyList<Vitals> Readings, bool DischargeChecksComplete);

/// <summary>DOMAIN.md step 6's safety rules, driven by the practice's protocol settings.</summary>
public static class DoseSafety
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static IReadOnlyList<SafetyFinding> Check(BeforeDose s, ProtocolSettings p)
    {
        var findings = new List<SafetyFinding>();
        if (RecordDay.IsAhead(s.SessionDate, s.Today))
        {
            findings.Add(new(SafetyCheck.BeforeItsDay, RecordDay.DosingNotYet(s.SessionDate), IsHardBlock: true));
        }

        if (s.OrderedMg is null)
        {
            findings.Add(new(SafetyCheck.NoOrder, "There is no prescriber's dose order for this person: no dose can be given.", IsHardBlock: true));
        }

        if (s.ClearedUntil is not { } until)
        {
            findings.Add(new(SafetyCheck.NoClearance, "This person has no medical clearance.", IsHardBlock: true));
        }
        else if (until < s.SessionDate)
        {
            findings.Add(new(SafetyCheck.ClearanceExpired, $"Medical clearance expired on {until.ToString("d MMMM yyyy", English)}.", IsHardBlock: true));
        }

        if (!s.ConsentCurrent)
        {
            findings.Add(new(SafetyCheck.Consent, "This person has not signed the current consent.", IsHardBlock: true));
        }

        if (s.Baseline is not { } v)
        {
            findings.Add(new(SafetyCheck.NoBaseline, "Record blood pressure and heart rate before the dose.", IsHardBlock: false));
        }
        else
        {
            if (v.Systolic > p.MaxSystolicBeforeDose || v.Diastolic > p.MaxDiastolicBeforeDose)
            {
                findings.Add(new(SafetyCheck.BloodPressure, $"Blood pressure {v.Systolic}/{v.Diastolic} is over the practice limit of {p.MaxSystolicBeforeDose}/{p.MaxDiastolicBeforeDose}.", false));
            }

            if (v.HeartRate > p.MaxHeartRateBeforeDose)
            {
                findings.Add(new(SafetyCheck.HeartRate, $"Heart rate {v.HeartRate} is over the practice limit of {p.MaxHeartRateBeforeDose}.", false));
            }
        }

        if (s.DoseMg is { } dose && OutsideBand(s.Kind, dose, p) is { } outside)
        {
            findings.Add(outside);
        }

        if (s.OrderedMg is { } ordered && s.DoseMg is { } given && ordered != given)
        {
            findings.Add(new(SafetyCheck.DoseDiffers, $"{Mg(given)} differs from the prescriber's order of {Mg(ordered)}.", false));
        }

        if (s.LastDoseDate is { } last && s.SessionDate < p.Series.EarliestNextDose(last))
        {
            findings.Add(new(SafetyCheck.TooSoon, $"Too soon after this person's last dosing session on {last.ToString("d MMMM", English)}: the earliest is {p.Series.EarliestNextDose(last).ToString("d MMMM", English)}.", false));
        }

        return findings;
    }

    public static IReadOnlyList<SafetyFinding> Check(BeforeDischarge s, ProtocolSettings p)
    {
        var findings = new List<SafetyFinding>();
        var rechecked = s.Readings.Any(r => r.At - s.DoseGivenAt >= p.RecheckFrom && r.At - s.DoseGivenAt <= p.RecheckUntil);
        if (!rechecked)
        {
            findings.Add(new(SafetyCheck.NoRecheck, $"No blood-pressure re-check about 40 minutes after the dose (between {p.RecheckFrom.TotalMinutes:0} and {p.RecheckUntil.TotalMinutes:0} minutes).", false));
        }

        var observed = s.DischargeAt - s.DoseGivenAt;
        if (observed < p.MinimumObservation)
        {
            findings.Add(new(SafetyCheck.Observation, $"Only {observed.TotalMinutes:0} minutes of observation; the practice asks for at least {p.MinimumObservation.TotalMinutes:0}.", false));
        }

        if (!s.DischargeChecksComplete)
        {
            findings.Add(new(SafetyCheck.DischargeChecks, "Complete every discharge check: alert and oriented, steady walking, vitals near baseline, escort present, no driving today.", false));
        }

        return findings;
    }

    /// <summary>A dose, given or ordered, outside the practice's band for its session kind: a warning that needs a prescriber's written reason.</summary>
    public static SafetyFinding? OutsideBand(SessionKind kind, decimal mg, ProtocolSettings p)
    {
        var band = p.BandFor(kind);
        var name = kind == SessionKind.SharedJourney ? "a shared psycholytic journey" : "an individual journey";
        return band.Contains(mg) ? null : new(SafetyCheck.DoseBand, $"{Mg(mg)} is outside the practice's band for {name} ({Mg(band.MinimumMg)}–{Mg(band.MaximumMg)}).", false);
    }

    private static string Mg(decimal mg) => mg.ToString("0.##", CultureInfo.InvariantCulture) + " mg";
}
