using System.Globalization;
using Tandem.Core.Treatment;

namespace Tandem.Core.Dosing;

/// <summary>
/// What a person's dosing record is checked against, from outside the record itself. <paramref name="EarlierUnsigned"/>
/// are the days of this person's earlier dosing sessions whose records are not signed.
/// </summary>
public sealed record DosingContext(
    SessionKind Kind, DateOnly SessionDate, DateOnly Today, decimal? OrderedMg, DateOnly? LastDoseDate, DateOnly? ClearedUntil, bool ConsentCurrent,
    IReadOnlyList<DateOnly> EarlierUnsigned);

/// <summary>Applies <see cref="DoseSafety"/> to a dosing record, and decides what still stands in the way of signing it.</summary>
public static class DosingChecks
{
    public static IReadOnlyList<SafetyFinding> BeforeDose(DosingRecord record, DosingContext context, ProtocolSettings settings)
    {
        var readings = record.Vitals.OrderBy(v => v.At).ToList();
        var baseline = readings.LastOrDefault(v => record.GivenAt is not { } given || v.At <= given);
        var findings = DoseSafety.Check(
            new BeforeDose(context.Kind, context.OrderedMg, record.DoseMg, baseline is null ? null : ToVitals(baseline),
                context.SessionDate, context.Today, context.LastDoseDate, context.ClearedUntil, context.ConsentCurrent),
            settings).ToList();
        if (!record.ChecklistComplete)
        {
            findings.Add(new(SafetyCheck.Checklist, "Complete the day-of checklist: fasted, no alcohol or benzodiazepines in 24 hours, the escort's name and phone.", IsHardBlock: false));
        }

        return findings;
    }

    public static IReadOnlyList<SafetyFinding> BeforeDischarge(DosingRecord record, ProtocolSettings settings)
    {
        if (record.GivenAt is not { } given || record.DoseMg is null)
        {
            return [new(SafetyCheck.NotGiven, "Record the dose given and the time it was given.", IsHardBlock: true)];
        }

        if (record.DischargedAt is not { } discharged)
        {
            return [new(SafetyCheck.NotDischarged, "Record the discharge time.", IsHardBlock: true)];
        }

        return DoseSafety.Check(new BeforeDischarge(given, discharged, [.. record.Vitals.Select(ToVitals)], record.DischargeChecksComplete), settings);
    }

    /// <summary>
    /// Why a dose recorded while an earlier dosing session of the same person is unsigned cannot be saved yet: the one
    /// recording it has not said why. Null when nothing is missing.
    /// </summary>
    public static string? MissingEarlierReason(DosingRecord record, DosingContext context, string firstName)
    {
        if (record.DoseMg is null || context.EarlierUnsigned.Count == 0 || !string.IsNullOrWhiteSpace(record.EarlierUnsignedReason))
        {
            return null;
        }

        var days = string.Join(" and ", context.EarlierUnsigned.Order().Select(d => d.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-US"))));
        return context.EarlierUnsigned.Count == 1
            ? $"{firstName}'s dosing session of {days} is not signed yet. Sign it (or cancel it on the series plan if it did not happen), or write why this dose is recorded first."
            : $"{firstName}'s dosing sessions of {days} are not signed yet. Sign them (or cancel them on the series plan if they did not happen), or write why this dose is recorded first.";
    }

    /// <summary>The findings that still block: every hard block, and each warning no Prescriber has overridden.</summary>
    public static IReadOnlyList<SafetyFinding> Unresolved(IEnumerable<SafetyFinding> findings, IReadOnlyCollection<SafetyCheck> overridden) =>
        [.. findings.Where(f => f.IsHardBlock || !overridden.Contains(f.Check))];

    /// <summary>
    /// The warnings that wait for a prescriber: those about what was measured, given or scheduled, which only an override
    /// clears. The others (no baseline, an unticked checklist, no re-check) wait for the one recording to finish the record.
    /// </summary>
    public static IReadOnlyList<SafetyFinding> WaitingForPrescriber(IEnumerable<SafetyFinding> findings, IReadOnlyCollection<SafetyCheck> overridden) =>
        [.. Unresolved(findings, overridden).Where(f => !f.IsHardBlock && ForAPrescriber.Contains(f.Check))];

    private static readonly HashSet<SafetyCheck> ForAPrescriber =
        [SafetyCheck.BloodPressure, SafetyCheck.HeartRate, SafetyCheck.DoseBand, SafetyCheck.DoseDiffers, SafetyCheck.TooSoon, SafetyCheck.Observation];

    private static Vitals ToVitals(VitalsReading v) => new(v.At, v.Systolic, v.Diastolic, v.HeartRate, v.SpO2);
}
