using Tandem.Core.Cases;
using Tandem.Core.Treatment;

namespace Tandem.Core.Measures;

/// <summary>One questionnaire the measurement plan asks of one client at one point of their care.</summary>
public sealed record ScheduledMeasure(Guid ClientId, string InstrumentCode, Timepoint Timepoint, DateOnly DueOn);

/// <summary>
/// DOMAIN.md's default measurement plan around a series: PHQ-9 and GAD-7 before each of a person's dosing sessions;
/// CSI-4 for each partner of a couple mid-series; all of them at the end of the series and 1, 3, 6 and 12 months after
/// it, counted from the last dosing session. The intake baseline is asked at intake, not here.
/// </summary>
public static class MeasurementSchedule
{
    public static readonly IReadOnlyList<int> FollowUpMonths = [1, 3, 6, 12];

    /// <summary>Days after its due date that an unanswered questionnaire is flagged to the case team.</summary>
    public const int OverdueAfterDays = 3;

    /// <summary>Days after the last dosing session that the end-of-series questionnaires fall due: after its integration.</summary>
    public const int EndOfSeriesAfterDays = 7;

    public static DateOnly BeforeDoseDue(DateOnly dose) => dose.AddDays(-1);

    public static DateOnly EndOfSeriesDue(DateOnly lastDose) => lastDose.AddDays(EndOfSeriesAfterDays);

    public static DateOnly FollowUpDue(DateOnly lastDose, int months) => lastDose.AddMonths(months);

    /// <summary>The timepoints in the order care reaches them, for reports.</summary>
    public static IReadOnlyList<Timepoint> ReportTimepoints => [Timepoint.Baseline, Timepoint.EndOfSeries, .. FollowUpMonths.Select(Timepoint.FollowUp)];

    public static IReadOnlyList<ScheduledMeasure> ForSeries(CaseKind kind, IReadOnlyList<Guid> people, IReadOnlyList<PlannedSession> plan)
    {
        var live = plan.Where(s => !s.Cancelled).ToList();
        if (!live.Any(s => s.IsDosing))
        {
            return [];
        }

        var lastDose = live.Where(s => s.IsDosing).Max(s => s.Date);
        var all = Instruments.For(kind);
        var measures = new List<ScheduledMeasure>();
        foreach (var person in people)
        {
            var doses = live.Where(s => s.Doses(person)).OrderBy(s => s.Date).ThenBy(s => s.Number).ToList();
            for (var i = 0; i < doses.Count; i++)
            {
                var due = BeforeDoseDue(doses[i].Date);
                measures.Add(new(person, Instruments.Phq9.Code, Timepoint.BeforeDose(i + 1), due));
                measures.Add(new(person, Instruments.Gad7.Code, Timepoint.BeforeDose(i + 1), due));
            }

            if (kind == CaseKind.Couple && doses.Count > 1)
            {
                measures.Add(new(person, Instruments.Csi4.Code, Timepoint.MidSeries, BeforeDoseDue(doses[doses.Count / 2].Date)));
            }

            measures.AddRange(all.Select(i => new ScheduledMeasure(person, i.Code, Timepoint.EndOfSeries, EndOfSeriesDue(lastDose))));
            foreach (var months in FollowUpMonths)
            {
                measures.AddRange(all.Select(i => new ScheduledMeasure(person, i.Code, Timepoint.FollowUp(months), FollowUpDue(lastDose, months))));
            }
        }

        return measures;
    }
}
