using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Measures;
using Tandem.Core.RippleMap;
using Tandem.Core.Treatment;
using Tandem.Data;

namespace Tandem.Web.Pages.Measures;

/// <summary>The practice's measurement plan put into questionnaires: the intake baseline, then the series' schedule.</summary>
public sealed class MeasurementPlan(TandemDbContext db)
{
    public void AssignBaseline(Guid practiceId, Guid caseId, Guid clientId, CaseKind kind, DateOnly today)
    {
        var instruments = Instruments.For(kind);
        foreach (var instrument in instruments)
        {
            db.QuestionnaireResponses.Add(new QuestionnaireResponse
            {
                PracticeId = practiceId, ClientId = clientId, CaseId = caseId, InstrumentCode = instrument.Code,
                InstrumentVersion = instrument.Version, Timepoint = Timepoint.Baseline, DueOn = today,
            });
        }
    }

    /// <summary>
    /// Brings the case's questionnaires and maps in line with its series as planned now: new ones added, unanswered ones
    /// moved with their sessions or dropped with a cancelled one. Answered questionnaires and drawn maps are never touched.
    /// </summary>
    public async Task ScheduleSeriesAsync(DosingSeries series, CaseKind kind, IReadOnlyList<Guid> people)
    {
        var wanted = MeasurementSchedule.ForSeries(kind, people, [.. series.Sessions.Select(s => s.ToPlanned())]);
        var existing = await db.QuestionnaireResponses.Where(r => r.PracticeId == series.PracticeId && r.SeriesId == series.Id).ToListAsync();
        static bool Same(QuestionnaireResponse r, ScheduledMeasure m) =>
            r.ClientId == m.ClientId && r.InstrumentCode == m.InstrumentCode && r.Timepoint == m.Timepoint;

        foreach (var response in existing.Where(r => !r.IsSubmitted))
        {
            if (wanted.FirstOrDefault(m => Same(response, m)) is { } still)
            {
                response.DueOn = still.DueOn;
            }
            else
            {
                db.QuestionnaireResponses.Remove(response);
            }
        }

        foreach (var measure in wanted.Where(m => !existing.Exists(r => Same(r, m))))
        {
            var instrument = Instruments.Find(measure.InstrumentCode);
            db.QuestionnaireResponses.Add(new QuestionnaireResponse
            {
                PracticeId = series.PracticeId, ClientId = measure.ClientId, CaseId = series.CaseId, SeriesId = series.Id, InstrumentCode = instrument.Code,
                InstrumentVersion = instrument.Version, Timepoint = measure.Timepoint, DueOn = measure.DueOn,
            });
        }

        await ScheduleMapsAsync(series, people);
    }

    private async Task ScheduleMapsAsync(DosingSeries series, IReadOnlyList<Guid> people)
    {
        var wanted = MapSchedule.ForSeries(people, [.. series.Sessions.Select(s => s.ToPlanned())]);
        var existing = await db.ScheduledMaps.Where(m => m.PracticeId == series.PracticeId && m.SeriesId == series.Id).ToListAsync();
        foreach (var map in existing.Where(m => m.SnapshotId is null))
        {
            if (wanted.FirstOrDefault(w => w.ClientId == map.ClientId && w.Timepoint == map.Timepoint) is { } still)
            {
                map.DueOn = still.DueOn;
            }
            else
            {
                db.ScheduledMaps.Remove(map);
            }
        }

        db.ScheduledMaps.AddRange(wanted.Where(w => !existing.Exists(m => m.ClientId == w.ClientId && m.Timepoint == w.Timepoint)).Select(w => new ScheduledMap
        {
            PracticeId = series.PracticeId, ClientId = w.ClientId, CaseId = series.CaseId, SeriesId = series.Id, Timepoint = w.Timepoint, DueOn = w.DueOn,
        }));
    }
}
