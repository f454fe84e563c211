using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Measures;
using Tandem.Core.Practices;
using Tandem.Core.Treatment;
using Tandem.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Series;
using Tandem.Core;

namespace Tandem.Web.Demo;

/// <summary>
/// Questionnaires answered along the demo journeys: the couple from intake through their first three steps (the rest
/// of their schedule still ahead; Alex never answered the couple questionnaire at intake, so it shows as overdue), and
/// individual courses from intake through the series to the follow-ups reached.
/// </summary>
internal sealed class DemoMeasures(TandemDbContext db, Practice practice, DateTime now)
{
    public async Task CoupleAsync(Guid caseId, Guid jordan, Guid alex)
    {
        var series = await db.Series.NewestFirst(practice.Id, caseId).FirstAsync();
        await db.SeriesSessions.Where(s => s.PracticeId == practice.Id && s.SeriesId == series.Id).LoadAsync();
        var today = now.DayIn(TimeZoneInfo.FindSystemTimeZoneById(practice.TimeZoneId));
        var start = series.StartDate;
        foreach (var (client, phq, gad, csi) in new[] { (jordan, new[] { 14, 12, 10, 9 }, new[] { 12, 10, 9, 7 }, (int?)10), (alex, new[] { 11, 10, 8, 6 }, new[] { 13, 11, 8, 8 }, (int?)null) })
        {
            var baseline = start.AddDays(-35);
            Answer(caseId, client, Instruments.Phq9, Timepoint.Baseline, baseline, phq[0]);
            Answer(caseId, client, Instruments.Gad7, Timepoint.Baseline, baseline, gad[0]);
            if (csi is { } satisfaction)
            {
                Answer(caseId, client, Instruments.Csi4, Timepoint.Baseline, baseline, satisfaction);
            }
            else
            {
                // Alex's CSI-4 came due the day before the first dose and is still inside its answer window, for the demo to answer.
                Due(caseId, client, new ScheduledMeasure(client, Instruments.Csi4.Code, Timepoint.Baseline, start));
            }

            foreach (var measure in MeasurementSchedule.ForSeries(CaseKind.Couple, [jordan, alex], [.. series.Sessions.Select(s => s.ToPlanned())])
                .Where(m => m.ClientId == client).OrderBy(m => m.DueOn))
            {
                var number = measure.Timepoint.Kind == TimepointKind.BeforeDose ? measure.Timepoint.Number : 0;
                if (number is > 0 and <= 3 && measure.DueOn < today)
                {
                    var scores = measure.InstrumentCode == Instruments.Phq9.Code ? phq : gad;
                    Answer(caseId, client, Instruments.Find(measure.InstrumentCode), measure.Timepoint, measure.DueOn, scores[number], series.Id);
                }
                else
                {
                    Due(caseId, client, measure, series.Id);
                }
            }
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// An individual course: the intake baseline four weeks before the series, then every questionnaire of the series'
    /// schedule answered on its day until today, the rest left due.
    /// </summary>
    /// <param name="phq">Scores at baseline, before each dose, at the end of the series and at each follow-up reached.</param>
    public async Task CourseAsync(Guid caseId, Guid client, DosingSeries series, int[] phq, int[] gad)
    {
        var today = now.DayIn(TimeZoneInfo.FindSystemTimeZoneById(practice.TimeZoneId));
        Answer(caseId, client, Instruments.Phq9, Timepoint.Baseline, series.StartDate.AddDays(-28), phq[0]);
        Answer(caseId, client, Instruments.Gad7, Timepoint.Baseline, series.StartDate.AddDays(-28), gad[0]);
        var schedule = MeasurementSchedule.ForSeries(CaseKind.Individual, [client], [.. series.Sessions.Select(s => s.ToPlanned())]);
        var timepoints = schedule.Select(m => m.Timepoint).Distinct().ToList();
        foreach (var measure in schedule)
        {
            var scores = measure.InstrumentCode == Instruments.Phq9.Code ? phq : gad;
            var step = timepoints.IndexOf(measure.Timepoint) + 1;
            if (measure.DueOn < today && step < scores.Length)
            {
                Answer(caseId, client, Instruments.Find(measure.InstrumentCode), measure.Timepoint, measure.DueOn, scores[step], series.Id);
            }
            else
            {
                Due(caseId, client, measure, series.Id);
            }
        }

        await db.SaveChangesAsync();
    }

    /// <param name="seriesId">The series measured; none for an intake baseline, or for a case whose series the demo does not plan.</param>
    private void Answer(Guid caseId, Guid client, Instrument instrument, Timepoint timepoint, DateOnly day, int score, Guid? seriesId = null)
    {
        var response = new QuestionnaireResponse
        {
            PracticeId = practice.Id, ClientId = client, CaseId = caseId, SeriesId = seriesId, InstrumentCode = instrument.Code, InstrumentVersion = instrument.Version,
            Timepoint = timepoint, DueOn = day,
        };
        response.Submit(Spread(instrument, score), day.ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc));
        db.QuestionnaireResponses.Add(response);
    }

    private void Due(Guid caseId, Guid client, ScheduledMeasure measure, Guid? seriesId = null) => db.QuestionnaireResponses.Add(new QuestionnaireResponse
    {
        PracticeId = practice.Id, ClientId = client, CaseId = caseId, SeriesId = seriesId, InstrumentCode = measure.InstrumentCode,
        InstrumentVersion = Instruments.Find(measure.InstrumentCode).Version, Timepoint = measure.Timepoint, DueOn = measure.DueOn,
    });

    /// <summary>
    /// Answers <paramref name="points"/> item points above each item's lowest answer (the score itself, for a total from 0),
    /// spread evenly over the items; never on PHQ-9's item 9, which would raise an alert. Its difficulty question follows the worst item.
    /// </summary>
    internal static Dictionary<int, int> Spread(Instrument instrument, int points)
    {
        var answers = instrument.Items.ToDictionary(i => i.Number, i => i.Options.Min(o => o.Value));
        var open = instrument.Items.Where(i => !(instrument == Instruments.Phq9 && i.Number == 9)).ToList();
        bool Full(InstrumentItem item) => answers[item.Number] >= item.Options.Max(o => o.Value);
        for (var i = 0; points > 0 && !open.All(Full); i = (i + 1) % open.Count)
        {
            var item = open[i];
            if (!Full(item))
            {
                answers[item.Number]++;
                points--;
            }
        }

        foreach (var item in instrument.Unscored)
        {
            answers[item.Number] = Math.Min(answers.Values.Max(), item.Options.Max(o => o.Value));
        }

        return answers;
    }
}
