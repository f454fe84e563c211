using Tandem.Core.Treatment;

namespace Tandem.Core.Dosing;

/// <summary>What a person's dosing record is checked against, from outside the record itself.</summary>
public sealed record DosingContext(
    SessionKind Kind, DateOnly SessionDate, decimal? OrderedMg, DateOnly? LastDoseDate, DateOnly? ClearedUntil, bool ConsentCurrent);

/// <summary>Applies <see cref="DoseSafety"/> to a dosing record, and decides what still stands in the way of signing it.</summary>
public static class DosingChecks
{
    public static IReadOnlyList<SafetyFinding> BeforeDose(DosingRecord record, DosingContext context, ProtocolSettings settings)
    {
        var readings = record.Vitals.OrderBy(v => v.At).ToList();
        var baseline = readings.LastOrDefault(v => record.GivenAt is not { } given || v.At <= given);
        var findings = DoseSafety.Check(
            new BeforeDose(context.Kind, context.OrderedMg, record.DoseMg, baseline is null ? null : ToVitals(baseline),
                context.SessionDate, context.LastDoseDate, context.ClearedUntil, context.ConsentCurrent),
            settings).ToList();
        if (!record.ChecklistComplete)
        {
            findings.Add(new("checklist", "Complete the day-of checklist: fasted, no alcohol or benzodiazepines in 24 hours, the escort's name and phone.", IsHardBlock: false));
        }

        return findings;
    }

    public static IReadOnlyList<SafetyFinding> BeforeDischarge(DosingRecord record, ProtocolSettings settings)
    {
        if (record.GivenAt is not { } given || record.DoseMg is null)
        {
            return [new("not-given", "Record the dose given and the time it was given.", IsHardBlock: true)];
        }

        if (record.DischargedAt is not { } discharged)
        {
            return [new("not-discharged", "Record the discharge time.", IsHardBlock: true)];
        }

        return DoseSafety.Check(new BeforeDischarge(given, discharged, [.. record.Vitals.Select(ToVitals)], record.DischargeChecksComplete), settings);
    }

    /// <summary>The findings that still block: every hard block, and each warning no Prescriber has overridden.</summary>
    public static IReadOnlyList<SafetyFinding> Unresolved(IEnumerable<SafetyFinding> findings, IReadOnlyCollection<string> overriddenCodes) =>
        [.. findings.Where(f => f.IsHardBlock || !overriddenCodes.Contains(f.Code))];

    private static Vitals ToVitals(VitalsReading v) => new(v.At, v.Systolic, v.Diastolic, v.HeartRate, v.SpO2);
}
