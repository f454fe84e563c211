using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Measures;
using Tandem.Web.Demo;
using Tandem.Web.Tests.Infrastructure;
using QuestionnaireResponse = Tandem.Core.Measures.QuestionnaireResponse;
using Task = System.Threading.Tasks.Task;

namespace Tandem.Web.Tests.Reports;

public abstract partial class OutcomeReportTests(TandemApp app)
{
    private static readonly JsonSerializerOptions Fhir = new JsonSerializerOptions().ForFhir();
    private static readonly Lazy<Validator> FhirValidator = new(() =>
    {
        var source = new CachedResolver(ZipSource.CreateValidationSource());
        return new Validator(source, LocalTerminologyService.CreateDefaultForCore(source));
    });

    [Fact]
    public async Task The_report_counts_the_ranges_clients_and_its_exports_are_de_identified_and_valid_FHIR()
    {
        var practice = await app.OwnPracticeAsync();
        var names = await ThreeClientsThreeYearsAgoAsync(practice);
        var maya = await app.As(practice.Emails["maya"]);
        var url = $"/Reports/Outcomes?From={Day(-3 * 365 - 10)}&To={Day(-3 * 365 + 10)}";

        var page = await maya.GetAsync(url);
        var end = page.Document.QuerySelector("section[data-instrument='PHQ-9'] tr[data-timepoint='End of series']")!.QuerySelectorAll("td").Select(c => c.TextContent).ToList();
        Assert.Equal("3", end[0]);
        Assert.Equal("16.0 (4.0)", end[1]);
        Assert.Equal("8.0 (3.0)", end[2]);
        Assert.Equal("-8.0", end[3]);
        Assert.Equal("67%", end[5]);

        var csv = (await maya.GetAsync(url + "&handler=Csv")).Html;
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("client,instrument,instrument_version,timepoint,days_since_baseline,score,band", lines[0]);
        Assert.Equal(1 + (3 * 3 * 2) + 1, lines.Length);
        Assert.Contains("P-001,PHQ-9,1,End of series,60,", csv, StringComparison.Ordinal);
        Assert.DoesNotMatch(DateLike(), csv);
        Assert.All(names, n => Assert.DoesNotContain(n, csv, StringComparison.Ordinal));

        var json = (await maya.GetAsync(url + "&handler=Fhir")).Html;
        Assert.All(names, n => Assert.DoesNotContain(n, json, StringComparison.Ordinal));
        var bundle = JsonSerializer.Deserialize<Bundle>(json, Fhir)!;
        Assert.Equal(3, bundle.Entry.Count(e => e.Resource is Questionnaire));
        Assert.Equal(19, bundle.Entry.Count(e => e.Resource is Observation));
        Assert.Contains(bundle.Entry.Select(e => e.Resource).OfType<Observation>(), o => o.Code.Coding.Any(c => c.System == "http://loinc.org" && c.Code == "44261-6"));
        Assert.Empty(Errors(bundle));

        var broken = JsonSerializer.Deserialize<Bundle>(json, Fhir)!;
        var observation = broken.Entry.Select(e => e.Resource).OfType<Observation>().First();
        observation.Status = null;
        observation.Code = null!;
        Assert.NotEmpty(Errors(broken));
    }

    [Fact]
    public async Task Another_practice_never_counts_these_clients_and_a_reversed_range_is_refused()
    {
        var practice = await app.OwnPracticeAsync();
        var elsewhere = await app.OwnPracticeAsync();
        var range = $"From={Day(-3 * 365 - 10)}&To={Day(-3 * 365 + 10)}";
        await ThreeClientsThreeYearsAgoAsync(practice);

        var theirs = (await (await app.As(elsewhere.Emails["maya"])).GetAsync($"/Reports/Outcomes?handler=Csv&{range}")).Html;
        Assert.Single(theirs.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));

        var reversed = await (await app.As(practice.Emails["maya"])).GetAsync($"/Reports/Outcomes?From={Day(0)}&To={Day(-10)}");
        Assert.Contains("The end of the range must be on or after its start.", reversed.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync(practice.Emails["jordan"])).GetAsync("/Reports/Outcomes")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As(practice.Emails["admin"])).GetAsync("/Reports/Outcomes?handler=Csv")).Status);
    }

    private static List<OperationOutcome.IssueComponent> Errors(Bundle bundle) =>
        [.. FhirValidator.Value.Validate(bundle).Issue.Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)];

    /// <summary>
    /// Three clients with PHQ-9, GAD-7 and CSI-4 at baseline (three years ago) and at the end of their series 60 days later;
    /// one also at three months. PHQ-9 goes 20 → 11, 16 → 8 and 12 → 5: mean 16 (SD 4) to 8 (SD 3).
    /// </summary>
    private async Task<List<string>> ThreeClientsThreeYearsAgoAsync(SeededPractice practice)
    {
        var baseline = app.Clock.GetUtcNow().UtcDateTime.AddDays(-3 * 365);
        (int Baseline, int End)[] phq = [(20, 11), (16, 8), (12, 5)];
        var names = new List<string>();
        for (var i = 0; i < phq.Length; i++)
        {
            var (caseId, client) = await app.IndividualCaseAsync(practice, CaseStage.FollowUp, "sam");
            names.Add(await app.InDatabaseAsync(db => db.Clients.Where(c => c.Id == client).Select(c => c.LastName).SingleAsync()));
            var at = baseline.AddHours(i);
            await app.InDatabaseAsync(db =>
            {
                void Add(Instrument instrument, string timepoint, DateTime submitted, int score) => db.QuestionnaireResponses.Add(new QuestionnaireResponse
                {
                    PracticeId = practice.PracticeId, ClientId = client, CaseId = caseId, InstrumentCode = instrument.Code, InstrumentVersion = instrument.Version,
                    Timepoint = timepoint, DueOn = DateOnly.FromDateTime(submitted), SubmittedAt = submitted, Score = score, Answers = AnswersFor(instrument, score),
                });
                foreach (var (timepoint, day) in new[] { (MeasurementSchedule.Baseline, 0), (MeasurementSchedule.EndOfSeries, 60) })
                {
                    Add(Instruments.Phq9, timepoint, at.AddDays(day), day == 0 ? phq[i].Baseline : phq[i].End);
                    Add(Instruments.Gad7, timepoint, at.AddDays(day), day == 0 ? 12 : 6);
                    Add(Instruments.Csi4, timepoint, at.AddDays(day), day == 0 ? 11 : 15);
                }

                if (i == 0)
                {
                    Add(Instruments.Phq9, MeasurementSchedule.FollowUp(3), at.AddDays(150), 6);
                }

                return db.SaveChangesAsync();
            });
        }

        return names;
    }

    /// <summary>Answers that add up to <paramref name="score"/>, filling items from the first.</summary>
    private static Dictionary<int, int> AnswersFor(Instrument instrument, int score)
    {
        var answers = new Dictionary<int, int>();
        foreach (var item in instrument.Items)
        {
            var value = Math.Min(score, item.Options.Max(o => o.Value));
            answers[item.Number] = value;
            score -= value;
        }

        return answers;
    }

    private string Day(int offset) => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime.AddDays(offset)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex DateLike();
}

[Collection(SqliteApp.Collection)]
public sealed class OutcomeReportTests_Sqlite(SqliteApp app) : OutcomeReportTests(app);

[Collection(PostgresApp.Collection)]
public sealed class OutcomeReportTests_Postgres(PostgresApp app) : OutcomeReportTests(app);
