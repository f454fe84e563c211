using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Measures;
using Tandem.Core.Treatment;
using Tandem.Web.Demo;
using Tandem.Web.Tests.Infrastructure;
using QuestionnaireResponse = Tandem.Core.Measures.QuestionnaireResponse;
using Task = System.Threading.Tasks.Task;

namespace Tandem.Web.Tests.Reports;

/// <summary>A maintenance series in the same case is a course of care of its own.</summary>
public abstract partial class OutcomeReportTests
{
    [Fact]
    public async Task A_maintenance_series_is_its_own_course_from_the_last_score_before_its_first_dose()
    {
        var practice = await app.OwnPracticeAsync();
        await MinimumCellAsync(practice, 3);
        await ThreeClientsThreeYearsAgoAsync(practice);
        var (caseId, client) = await app.IndividualCaseAsync(practice, CaseStage.DosingSeries, "sam");
        var intake = app.Clock.GetUtcNow().UtcDateTime.Date.AddDays(-3 * 365).AddHours(12);
        var day = DateOnly.FromDateTime(intake);
        var firstSeries = await SeriesAsync(practice, caseId, client, day.AddDays(7));
        var maintenance = await SeriesAsync(practice, caseId, client, day.AddDays(200));
        var firstDose = await app.InDatabaseAsync(db => db.SeriesSessions.Where(s => s.SeriesId == maintenance && SessionKinds.Dosing.Contains(s.Kind)).MinAsync(s => s.Date));
        DateTime On(DateOnly date) => date.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);

        await AnswerInAsync(practice, caseId, client, null, Timepoint.Baseline, intake, 22);
        await AnswerInAsync(practice, caseId, client, firstSeries, Timepoint.EndOfSeries, intake.AddDays(60), 9);
        await AnswerInAsync(practice, caseId, client, maintenance, Timepoint.BeforeDose(1), On(firstDose.AddDays(-1)), 14);
        await AnswerInAsync(practice, caseId, client, maintenance, Timepoint.EndOfSeries, On(firstDose.AddDays(45)), 5);

        var url = $"/Reports/Outcomes?From={Day(-3 * 365 - 1)}&To={Day(-3 * 365 + 250)}";
        var maya = await app.As(practice.Emails["maya"]);
        var csv = (await maya.GetAsync(url + "&handler=Csv")).Html;

        var mine = csv.Split("\r\n").Where(l => l.Contains(",PHQ-9,", StringComparison.Ordinal)).Select(l => l.Split(',')).ToList();
        var pseudonym = mine.Single(l => l[5] == Timepoint.Baseline.Name && l[7] == "22")[0];
        var rows = mine.Where(l => l[0] == pseudonym).Select(l => string.Join(',', l[1..8])).ToList();
        Assert.Equal(["1,intake,PHQ-9,1,Baseline,0,22", "1,intake,PHQ-9,1,End of series,60,9",
            "2,before first dose,PHQ-9,1,Baseline,0,14", "2,before first dose,PHQ-9,1,End of series,46,5"], rows);
        var page = await maya.GetAsync(url);
        Assert.Contains("maintenance series starting from the last score before their first dose", page.Document.QuerySelector("#baselines-PHQ-9")!.TextContent, StringComparison.Ordinal);
    }

    private Task<Guid> SeriesAsync(SeededPractice practice, Guid caseId, Guid client, DateOnly start) => app.InDatabaseAsync(async db =>
    {
        var series = DosingSeries.Plan(practice.PracticeId, caseId, CaseKind.Individual, [client], 6, start, new SeriesRules());
        db.Series.Add(series);
        await db.SaveChangesAsync();
        return series.Id;
    });

    private Task<int> AnswerInAsync(SeededPractice practice, Guid caseId, Guid client, Guid? seriesId, Timepoint timepoint, DateTime submitted, int score) =>
        app.InDatabaseAsync(db =>
        {
            db.QuestionnaireResponses.Add(new QuestionnaireResponse
            {
                PracticeId = practice.PracticeId, ClientId = client, CaseId = caseId, SeriesId = seriesId, InstrumentCode = Instruments.Phq9.Code,
                InstrumentVersion = Instruments.Phq9.Version, Timepoint = timepoint, DueOn = DateOnly.FromDateTime(submitted), SubmittedAt = submitted,
                Score = score, Answers = AnswersFor(Instruments.Phq9, score),
            });
            return db.SaveChangesAsync();
        });
}
