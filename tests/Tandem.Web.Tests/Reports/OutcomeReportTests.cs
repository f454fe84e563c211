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

    [Fact]
    public async Task The_report_counts_the_ranges_clients_and_its_exports_are_de_identified_and_valid_FHIR()
    {
        var practice = await app.OwnPracticeAsync();
        await MinimumCellAsync(practice, 3);
        var names = await ThreeClientsThreeYearsAgoAsync(practice);
        var maya = await app.As(practice.Emails["maya"]);
        var url = $"/Reports/Outcomes?From={Day(-3 * 365 - 10)}&To={Day(-3 * 365 + 10)}";

        var page = await maya.GetAsync(url);
        var end = page.Document.QuerySelector("section[data-instrument='PHQ-9'] tr[data-timepoint='End of series']")!.QuerySelectorAll("td").Select(c => c.TextContent).ToList();
        Assert.Equal("3", end[0]);
        Assert.Equal("16.0 (4.0)", end[1]);
        Assert.Equal("8.0 (3.0)", end[2]);
        Assert.Equal("-8.0", end[3]);
        Assert.Equal("-8.00", end[4]);
        Assert.Equal("-2.29", end[5]);
        Assert.Equal("fewer than 3", end[6]);

        var paired = page.Document.QuerySelector("#paired tr[data-timepoint='End of series']")!.QuerySelectorAll("td").Select(c => c.TextContent).ToList();
        Assert.Equal(["3", "3", "fewer than 3", "100%", "fewer than 3"], paired);

        var csv = (await maya.GetAsync(url + "&handler=Csv")).Html;
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("client,course,baseline,instrument,instrument_version,timepoint,days_since_baseline,score,band", lines[0]);
        Assert.Equal(1 + (3 * 3 * 2) + 1, lines.Length);
        Assert.Matches(@"\nP-[0-9A-Z]{10},1,intake,PHQ-9,1,End of series,60,", csv);
        Assert.DoesNotMatch(DateLike(), csv);
        Assert.All(names, n => Assert.DoesNotContain(n, csv, StringComparison.Ordinal));

        var json = (await maya.GetAsync(url + "&handler=Fhir")).Html;
        Assert.All(names, n => Assert.DoesNotContain(n, json, StringComparison.Ordinal));
        var bundle = JsonSerializer.Deserialize<Bundle>(json, Fhir)!;
        Assert.Equal(3, bundle.Entry.Count(e => e.Resource is Questionnaire));
        Assert.Equal(19, bundle.Entry.Count(e => e.Resource is Observation));
        Assert.Contains(bundle.Entry.Select(e => e.Resource).OfType<Observation>(), o => o.Code.Coding.Any(c => c.System == "http://loinc.org" && c.Code == "44261-6"));
        Assert.Empty(FhirChecks.Errors(bundle));
        // LOINC answer list LL358-3, written out: each code and the value it stands for. Each response's codes must add up to its total.
        var frequency = new Dictionary<string, int> { ["LA6568-5"] = 0, ["LA6569-3"] = 1, ["LA6570-1"] = 2, ["LA6571-9"] = 3 };
        var totals = bundle.Entry.Select(e => e.Resource).OfType<Observation>().ToDictionary(o => o.DerivedFrom.Single().Reference!, o => ((Integer)o.Value!).Value);
        var scored = bundle.Entry.Where(e => e.Resource is Hl7.Fhir.Model.QuestionnaireResponse r && !r.Questionnaire!.Contains("CSI-4", StringComparison.Ordinal)).ToList();
        Assert.Equal(13, scored.Count);
        Assert.All(scored, e =>
        {
            var codes = ((Hl7.Fhir.Model.QuestionnaireResponse)e.Resource!).Item.Where(i => i.LinkId != "10").Select(i => (Coding)i.Answer.Single().Value!).ToList();
            Assert.All(codes, c => Assert.True(c.System == "http://loinc.org" && frequency.ContainsKey(c.Code!), $"{c.System}|{c.Code}"));
            Assert.Equal(totals[e.FullUrl!], codes.Sum(c => frequency[c.Code!]));
        });
        var phqResponses = bundle.Entry.Select(e => e.Resource).OfType<Hl7.Fhir.Model.QuestionnaireResponse>()
            .Where(r => r.Questionnaire!.Contains("PHQ-9", StringComparison.Ordinal)).ToList();
        Assert.All(phqResponses, r => Assert.Equal(("http://loinc.org", "LA6573-5"), (((Coding)r.Item.Single(i => i.LinkId == "10").Answer.Single().Value!).System, ((Coding)r.Item.Single(i => i.LinkId == "10").Answer.Single().Value!).Code)));
        var difficulty = bundle.Entry.Select(e => e.Resource).OfType<Questionnaire>().Single(q => q.Id == "PHQ-9").Item.Single(i => i.LinkId == "10");
        Assert.Equal(("69722-7", false), (difficulty.Code.Single().Code, difficulty.Required));
        var observations = bundle.Entry.Select(e => e.Resource).OfType<Observation>().ToList();
        Assert.Contains(observations, o => o.Component.Any(c => c.Code.Coding[0].Code == "days-since-baseline" && ((Quantity)c.Value!).Value == 60)
            && o.Component.Any(c => c.Code.Coding[0].Code == "timepoint" && ((FhirString)c.Value!).Value == Timepoint.EndOfSeries.Name));
        Assert.All(observations, o => Assert.Equal("intake", ((FhirString)o.Component.Single(c => c.Code.Coding[0].Code == "baseline").Value!).Value));
        Assert.All(observations.Where(o => o.Code.Text!.StartsWith("CSI-4", StringComparison.Ordinal)), o => Assert.Equal("CSI-4-total", o.Code.Coding.Single().Code));

        var broken = JsonSerializer.Deserialize<Bundle>(json, Fhir)!;
        var observation = broken.Entry.Select(e => e.Resource).OfType<Observation>().First();
        observation.Status = null;
        observation.Code = null!;
        Assert.NotEmpty(FhirChecks.Errors(broken));
    }

    [Fact]
    public async Task Another_practice_never_counts_these_clients_and_a_reversed_range_is_refused()
    {
        var practice = await app.OwnPracticeAsync();
        var elsewhere = await app.OwnPracticeAsync();
        var range = $"From={Day(-3 * 365 - 10)}&To={Day(-3 * 365 + 10)}";
        await ThreeClientsThreeYearsAgoAsync(practice);

        await MinimumCellAsync(elsewhere, 3);
        var theirs = await (await app.As(elsewhere.Emails["maya"])).GetAsync($"/Reports/Outcomes?{range}");
        Assert.Equal("0", theirs.Document.QuerySelector("section[data-instrument='PHQ-9'] tr[data-timepoint='End of series'] td")!.TextContent);

        var reversed = await (await app.As(practice.Emails["maya"])).GetAsync($"/Reports/Outcomes?From={Day(0)}&To={Day(-10)}");
        Assert.Contains("The end of the range must be on or after its start.", reversed.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync(practice.Emails["jordan"])).GetAsync("/Reports/Outcomes")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As(practice.Emails["admin"])).GetAsync("/Reports/Outcomes?handler=Csv")).Status);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task A_range_of_fewer_clients_than_the_minimum_shows_fewer_than_5_and_exports_no_rows(int clients)
    {
        var practice = await app.OwnPracticeAsync();
        await ClientsThreeYearsAgoAsync(practice, [.. Enumerable.Range(0, clients).Select(i => (20 - i, 10 - i))]);
        var maya = await app.As(practice.Emails["maya"]);
        var url = $"/Reports/Outcomes?From={Day(-3 * 365 - 1)}&To={Day(-3 * 365 + 1)}";

        var page = await maya.GetAsync(url);

        var end = page.Document.QuerySelector("section[data-instrument='PHQ-9'] tr[data-timepoint='End of series']")!;
        Assert.Equal("fewer than 5", end.QuerySelector("td")!.TextContent);
        Assert.DoesNotContain(".0", end.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("fewer than 5 courses with a baseline", page.Document.QuerySelector("#baselines-PHQ-9")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("fewer than 5", page.Document.QuerySelector("#paired tr[data-timepoint='End of series'] td")!.TextContent);
        Assert.All(page.Document.QuerySelectorAll("section.report"), section => Assert.DoesNotMatch(@"%|\d\.\d", section.TextContent.Replace("13.5", "", StringComparison.Ordinal)));
        foreach (var handler in new[] { "Csv", "Fhir" })
        {
            var refused = await maya.GetAsync($"{url}&handler={handler}");
            Assert.Equal(HttpStatusCode.OK, refused.Status);
            Assert.Contains("This range has fewer than 5 clients, so its rows are not exported", refused.Text, StringComparison.Ordinal);
            Assert.Equal("fewer than 5", refused.Document.QuerySelector("section[data-instrument='PHQ-9'] tr[data-timepoint='End of series'] td")!.TextContent);
        }

        Assert.Equal(0, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.PracticeId == practice.PracticeId && e.Code == Core.Audit.AuditCode.OutcomeReport_Exported)));
    }

    [Fact]
    public async Task A_count_whose_complement_is_a_small_cell_is_withheld_so_subtraction_gives_no_one_away()
    {
        var practice = await app.OwnPracticeAsync();
        await ClientsThreeYearsAgoAsync(practice, (20, 4), (18, 4), (16, 4), (14, 4), (12, 4), (8, 4));
        var maya = await app.As(practice.Emails["maya"]);

        var page = await maya.GetAsync($"/Reports/Outcomes?From={Day(-3 * 365 - 1)}&To={Day(-3 * 365 + 1)}");

        var cells = page.Document.QuerySelector("section[data-instrument='PHQ-9'] tr[data-timepoint='End of series']")!.QuerySelectorAll("td").Select(c => c.TextContent).ToList();
        Assert.Equal("6", cells[0]);
        Assert.Equal("100%", cells[6]);
        Assert.Equal("withheld", cells[8]);

        // Five of six at caseness is withheld, so "100%" recovered would give it away.
        Assert.Equal("withheld", cells[10]);
    }

    [Fact]
    public async Task Pseudonyms_are_keyed_and_stay_the_same_across_exports_and_ranges()
    {
        var practice = await app.OwnPracticeAsync();
        await MinimumCellAsync(practice, 3);
        await ThreeClientsThreeYearsAgoAsync(practice);
        var maya = await app.As(practice.Emails["maya"]);

        var wide = Pseudonyms((await maya.GetAsync($"/Reports/Outcomes?handler=Csv&From={Day(-3 * 365 - 300)}&To={Day(0)}")).Html);
        var narrow = Pseudonyms((await maya.GetAsync($"/Reports/Outcomes?handler=Csv&From={Day(-3 * 365 - 1)}&To={Day(-3 * 365 + 1)}")).Html);
        var fhir = (await maya.GetAsync($"/Reports/Outcomes?handler=Fhir&From={Day(-3 * 365 - 1)}&To={Day(-3 * 365 + 1)}")).Html;

        Assert.Equal(3, narrow.Count);
        Assert.Subset(wide.ToHashSet(), narrow.ToHashSet());
        Assert.All(narrow, p => Assert.Matches("^P-[0-9A-Z]{10}$", p));
        Assert.All(narrow, p => Assert.Contains(p, fhir, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_returning_client_is_counted_in_each_course_against_that_courses_own_baseline()
    {
        var practice = await app.OwnPracticeAsync();
        await MinimumCellAsync(practice, 3);
        await ThreeClientsThreeYearsAgoAsync(practice);
        var (firstCase, client) = await app.IndividualCaseAsync(practice, CaseStage.Closed, "sam");
        var secondCase = await app.CaseOfAsync(practice, CaseStage.FollowUp, [client], "sam");
        var baseline = app.Clock.GetUtcNow().UtcDateTime.AddDays(-3 * 365);
        await AnswerAsync(practice, firstCase, client, Instruments.Phq9, Timepoint.Baseline, baseline, 24);
        await AnswerAsync(practice, secondCase, client, Instruments.Phq9, Timepoint.Baseline, baseline.AddDays(200), 10);
        await AnswerAsync(practice, secondCase, client, Instruments.Phq9, Timepoint.EndOfSeries, baseline.AddDays(260), 3);

        var csv = (await (await app.As(practice.Emails["maya"])).GetAsync($"/Reports/Outcomes?handler=Csv&From={Day(-3 * 365 - 1)}&To={Day(-3 * 365 + 201)}")).Html;

        var mine = csv.Split("\r\n").Where(l => l.Contains(",PHQ-9,", StringComparison.Ordinal)).Select(l => l.Split(',')).ToList();
        var pseudonym = mine.Single(l => l[5] == Timepoint.Baseline.Name && l[7] == "24")[0];
        var rows = mine.Where(l => l[0] == pseudonym).Select(l => string.Join(',', l[1..8])).ToList();
        Assert.Equal(["1,intake,PHQ-9,1,Baseline,0,24", "2,intake,PHQ-9,1,Baseline,0,10", "2,intake,PHQ-9,1,End of series,60,3"], rows);
    }

    [Fact]
    public async Task A_course_belongs_to_the_range_of_its_baseline_not_of_its_later_answers()
    {
        var practice = await app.OwnPracticeAsync();
        await MinimumCellAsync(practice, 3);
        await ThreeClientsThreeYearsAgoAsync(practice);
        var maya = await app.As(practice.Emails["maya"]);

        // Only the end-of-series answers (60 days after each baseline) fall in this range: no course begins in it.
        var later = $"From={Day(-3 * 365 + 50)}&To={Day(-3 * 365 + 70)}";
        Assert.Contains("rows are not exported", (await maya.GetAsync($"/Reports/Outcomes?handler=Csv&{later}")).Text, StringComparison.Ordinal);
        var csv = (await maya.GetAsync($"/Reports/Outcomes?handler=Csv&From={Day(-3 * 365 - 1)}&To={Day(-3 * 365 + 1)}")).Html;
        Assert.Equal(3, Pseudonyms(csv).Count);
        Assert.Contains(",End of series,60,", csv, StringComparison.Ordinal);
    }

    private static List<string> Pseudonyms(string csv) =>
        [.. csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).Distinct().Order(StringComparer.Ordinal)];

    private Task<int> MinimumCellAsync(SeededPractice practice, int minimum) =>
        app.InDatabaseAsync(db => db.Practices.Where(p => p.Id == practice.PracticeId).ExecuteUpdateAsync(u => u.SetProperty(p => p.MinimumCellSize, minimum)));

    private Task<int> AnswerAsync(SeededPractice practice, Guid caseId, Guid client, Instrument instrument, Timepoint timepoint, DateTime submitted, int score) =>
        app.InDatabaseAsync(db =>
        {
            db.QuestionnaireResponses.Add(new QuestionnaireResponse
            {
                PracticeId = practice.PracticeId, ClientId = client, CaseId = caseId, InstrumentCode = instrument.Code, InstrumentVersion = instrument.Version,
                Timepoint = timepoint, DueOn = DateOnly.FromDateTime(submitted), SubmittedAt = submitted, Score = score, Answers = AnswersFor(instrument, score),
            });
            return db.SaveChangesAsync();
        });


    /// <summary>
    /// Three clients with PHQ-9, GAD-7 and CSI-4 at baseline (three years ago) and at the end of their series 60 days later;
    /// one also at three months. PHQ-9 goes 20 → 11, 16 → 8 and 12 → 5: mean 16 (SD 4) to 8 (SD 3).
    /// </summary>
    private Task<List<string>> ThreeClientsThreeYearsAgoAsync(SeededPractice practice) => ClientsThreeYearsAgoAsync(practice, (20, 11), (16, 8), (12, 5));

    /// <summary>Clients as <see cref="ThreeClientsThreeYearsAgoAsync"/>, one per PHQ-9 baseline and end-of-series pair.</summary>
    private async Task<List<string>> ClientsThreeYearsAgoAsync(SeededPractice practice, params (int Baseline, int End)[] phq)
    {
        var baseline = app.Clock.GetUtcNow().UtcDateTime.AddDays(-3 * 365);
        var names = new List<string>();
        for (var i = 0; i < phq.Length; i++)
        {
            var (caseId, client) = await app.IndividualCaseAsync(practice, CaseStage.FollowUp, "sam");
            names.Add(await app.InDatabaseAsync(db => db.Clients.Where(c => c.Id == client).Select(c => c.LastName).SingleAsync()));
            var at = baseline.AddHours(i);
            await app.InDatabaseAsync(db =>
            {
                void Add(Instrument instrument, Timepoint timepoint, DateTime submitted, int score) => db.QuestionnaireResponses.Add(new QuestionnaireResponse
                {
                    PracticeId = practice.PracticeId, ClientId = client, CaseId = caseId, InstrumentCode = instrument.Code, InstrumentVersion = instrument.Version,
                    Timepoint = timepoint, DueOn = DateOnly.FromDateTime(submitted), SubmittedAt = submitted, Score = score, Answers = AnswersFor(instrument, score),
                });
                foreach (var (timepoint, day) in new[] { (Timepoint.Baseline, 0), (Timepoint.EndOfSeries, 60) })
                {
                    Add(Instruments.Phq9, timepoint, at.AddDays(day), day == 0 ? phq[i].Baseline : phq[i].End);
                    Add(Instruments.Gad7, timepoint, at.AddDays(day), day == 0 ? 12 : 6);
                    Add(Instruments.Csi4, timepoint, at.AddDays(day), day == 0 ? 11 : 15);
                }

                if (i == 0)
                {
                    Add(Instruments.Phq9, Timepoint.FollowUp(3), at.AddDays(150), 6);
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

        foreach (var item in instrument.Unscored)
        {
            answers[item.Number] = 1;
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
