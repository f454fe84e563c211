using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Measures;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Settings;

public abstract class MeasureReferenceTests(TandemApp app)
{
    private const string Url = "/Settings/Measures";
    private const string Form = "#reference-CSI-4";

    [Fact]
    public async Task A_prescribers_reference_values_classify_couple_satisfaction_in_their_practice_only()
    {
        var practice = await app.OwnPracticeAsync();
        var series = await app.CoupleInSeriesAsync(practice);
        await CoupleSatisfactionAsync(practice.PracticeId, series, (series.A.Id, 10, 15), (series.B.Id, 16, 11));
        var sam = await app.As(practice.Emails["sam"]);

        var before = await CoupleRowsAsync(sam, series);
        Assert.All(before, row => Assert.Contains("change not classified", row, StringComparison.Ordinal));

        var saved = await (await app.As(practice.Emails["maya"])).SubmitAsync(Url, Form, new()
        {
            ["Input.StandardDeviation"] = "5", ["Input.Reliability"] = "0.9", ["Input.Source"] = "Hand-checked sample, n = 100",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await CoupleRowsAsync(sam, series);
        Assert.Contains(after, r => r.Contains(series.A.FullName, StringComparison.Ordinal) && r.Contains("reliable recovery", StringComparison.Ordinal));
        Assert.Contains(after, r => r.Contains(series.B.FullName, StringComparison.Ordinal) && r.Contains("reliable deterioration", StringComparison.Ordinal));

        var settings = await sam.GetAsync(Url);
        Assert.Contains("5 points (computed 4.38", settings.Document.QuerySelector("#measures")!.TextContent, StringComparison.Ordinal);
        Assert.Null(settings.Document.QuerySelector(Form));
        var elsewhere = await (await app.As(app.Other.Emails["maya"])).GetAsync(Url);
        Assert.Contains("not set", elsewhere.Document.QuerySelectorAll("#measures tr").Single(r => r.TextContent.Contains("CSI-4", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.PracticeId == practice.PracticeId && e.EntityType == nameof(MeasureReference))));
    }

    [Fact]
    public async Task Bad_values_get_a_message_and_write_nothing_and_only_a_prescriber_may_change_them()
    {
        var practice = await app.OwnPracticeAsync();
        var maya = await app.As(practice.Emails["maya"]);
        var cases = new (Dictionary<string, string> Values, string Message)[]
        {
            (new() { ["Input.StandardDeviation"] = "5", ["Input.Reliability"] = "1.2", ["Input.Source"] = "x" }, "Reliability is a number between 0 and 1"),
            (new() { ["Input.StandardDeviation"] = "30", ["Input.Reliability"] = "0.9", ["Input.Source"] = "x" }, "cannot exceed its range of 0–21"),
            (new() { ["Input.StandardDeviation"] = "5", ["Input.Reliability"] = "0.9", ["Input.Source"] = "" }, "Say where the values were published"),
            (new() { ["Input.StandardDeviation"] = "five", ["Input.Reliability"] = "0.9", ["Input.Source"] = "x" }, "Standard deviation"),
        };
        foreach (var (values, message) in cases)
        {
            var refused = await maya.SubmitAsync(Url, Form, values);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains(message, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        var sam = await app.As(practice.Emails["sam"]);
        var samsPage = await sam.GetAsync(Url);
        Assert.Equal(HttpStatusCode.OK, samsPage.Status);
        Assert.NotEqual(HttpStatusCode.Redirect, (await sam.PostAsync(Url, Fields(samsPage, "CSI-4"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await maya.PostAsync(Url, Fields(await maya.GetAsync(Url), "PHQ-9"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As(practice.Emails["admin"])).GetAsync(Url)).Status);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.MeasureReferences.CountAsync(r => r.PracticeId == practice.PracticeId)));
    }

    [Fact]
    public async Task Values_saved_by_someone_else_meanwhile_are_not_overwritten()
    {
        var practice = await app.OwnPracticeAsync();
        var values = new Dictionary<string, string> { ["Input.StandardDeviation"] = "5", ["Input.Reliability"] = "0.9", ["Input.Source"] = "First" };
        var maya = await app.As(practice.Emails["maya"]);
        Assert.Equal(HttpStatusCode.Redirect, (await maya.SubmitAsync(Url, Form, values)).StatusCode);
        var first = await maya.GetAsync(Url);
        var second = await (await app.As(practice.Emails["maya"])).GetAsync(Url);

        values["Input.Source"] = "Second";
        Assert.Equal(HttpStatusCode.Redirect, (await maya.SubmitAsync(first, Url, Form, values)).StatusCode);
        values["Input.Source"] = "Third";
        var refused = await maya.SubmitAsync(second, Url, Form, values);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Someone else saved CSI-4's reference values", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal("Second", await app.InDatabaseAsync(db => db.MeasureReferences.Where(r => r.PracticeId == practice.PracticeId).Select(r => r.Source).SingleAsync()));
    }

    /// <summary>A well-formed post for <paramref name="code"/>, whatever form the page shows.</summary>
    private static KeyValuePair<string, string>[] Fields(PageSession.Page page, string code) =>
    [
        new("__RequestVerificationToken", page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
        new("Input.InstrumentCode", code), new("Input.StandardDeviation", "5"), new("Input.Reliability", "0.9"), new("Input.Source", "x"),
    ];

    private static async Task<List<string>> CoupleRowsAsync(PageSession session, SeriesCase series) =>
        [.. (await session.GetAsync($"/Cases/{series.CaseId}/Measures")).Document.QuerySelectorAll("#change tbody tr")
            .Select(r => r.TextContent).Where(t => t.Contains("CSI-4", StringComparison.Ordinal))];

    private Task<int> CoupleSatisfactionAsync(Guid practiceId, SeriesCase series, params (Guid Client, int Baseline, int End)[] scores) => app.InDatabaseAsync(db =>
    {
        var now = DateTime.UtcNow;
        foreach (var (client, baseline, end) in scores)
        {
            foreach (var (timepoint, daysAgo, score) in new[] { (Timepoint.Baseline, 40, baseline), (Timepoint.EndOfSeries, 2, end) })
            {
                db.QuestionnaireResponses.Add(new QuestionnaireResponse
                {
                    PracticeId = practiceId, ClientId = client, CaseId = series.CaseId, InstrumentCode = "CSI-4", InstrumentVersion = "1", Timepoint = timepoint,
                    DueOn = DateOnly.FromDateTime(now.AddDays(-daysAgo)), SubmittedAt = now.AddDays(-daysAgo), Score = score,
                });
            }
        }

        return db.SaveChangesAsync();
    });
}

[Collection(SqliteApp.Collection)]
public sealed class MeasureReferenceTests_Sqlite(SqliteApp app) : MeasureReferenceTests(app);

[Collection(PostgresApp.Collection)]
public sealed class MeasureReferenceTests_Postgres(PostgresApp app) : MeasureReferenceTests(app);
