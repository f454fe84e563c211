using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Intake;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Intake;

/// <summary>What a prescriber's decision does to the case, by stage, and the clearance the form offers.</summary>
public abstract class ReviewDecisionTests(TandemApp app)
{
    private const string Reason = "Blood pressure 168/102 at two visits; needs treatment before any ketamine session";

    [Theory]
    [InlineData(CaseStage.MedicalReview)]
    [InlineData(CaseStage.Preparation)]
    public async Task Not_cleared_closes_the_case_with_the_prescribers_own_reason(CaseStage stage)
    {
        var (caseId, a, _) = await app.ClearedCoupleAsync(app.Demo, stage);

        var declined = await DecideAsync(await app.As(app.Demo.Emails["maya"]), caseId, a.Id, "NotCleared", Reason);

        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        var last = await app.InDatabaseAsync(db => db.CaseStageChanges.Where(h => h.CaseId == caseId).OrderByDescending(h => h.Number).FirstAsync());
        Assert.Equal((stage, CaseStage.Closed), (last.From!.Value, last.To));
        Assert.Equal($"Not medically cleared (Ari): {Reason}", last.Reason);
        var history = (await (await app.As(app.Demo.Emails["sam"])).GetAsync($"/Cases/{caseId}")).Text;
        Assert.Contains(Reason, history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_case_takes_no_decision_and_nothing_is_written()
    {
        var (caseId, a, _) = await app.ClearedCoupleAsync(app.Demo, CaseStage.Closed);
        var url = $"/MedicalReview/{caseId}/{a.Id}";
        var maya = await app.As(app.Demo.Emails["maya"]);
        var page = await maya.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector("form#decision"));
        Assert.Contains("The case is Closed: no medical review decision can be recorded", page.Text, StringComparison.Ordinal);

        var version = await app.InDatabaseAsync(db => db.PrescriberReviews.Where(r => r.ClientId == a.Id).Select(r => r.Version).SingleAsync());
        var forged = await maya.PostAsync(url, [
            new("__RequestVerificationToken", await maya.TokenAsync(url)), new("Input.Version", version.ToString()),
            new("Input.Decision", "NotCleared"), new("Input.Text", Reason)]);

        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("The case is Closed: no medical review decision can be recorded on it.", await ErrorSummaryAsync(forged), StringComparison.Ordinal);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.PrescriberDecisions.CountAsync(d => d.ClientId == a.Id)));
        Assert.Equal(ReviewDecision.Cleared, await app.InDatabaseAsync(db => db.PrescriberReviews.Where(r => r.ClientId == a.Id).Select(r => r.Decision).SingleAsync()));
    }

    [Fact]
    public async Task In_the_dosing_series_a_clearance_can_be_renewed_but_not_cleared_is_refused()
    {
        var (caseId, a, _) = await app.ClearedCoupleAsync(app.Demo, CaseStage.DosingSeries);
        var maya = await app.As(app.Demo.Emails["maya"]);
        var url = $"/MedicalReview/{caseId}/{a.Id}";
        Assert.Null((await maya.GetAsync(url)).Document.QuerySelector("form#decision input[value=NotCleared]"));

        var forged = await maya.SubmitAsync(url, "form#decision", new() { ["Input.Decision"] = "NotCleared", ["Input.Text"] = Reason });
        Assert.Contains("pause or withdraw it from the case page instead", await ErrorSummaryAsync(forged), StringComparison.Ordinal);
        Assert.Equal(CaseStage.DosingSeries, await app.InDatabaseAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Stage).SingleAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(maya, caseId, a.Id, "Cleared", "")).StatusCode);
        Assert.Equal(2, await app.InDatabaseAsync(db => db.PrescriberDecisions.CountAsync(d => d.ClientId == a.Id)));
    }

    [Fact]
    public async Task The_form_offers_a_clearance_of_twelve_months_from_the_practices_today()
    {
        var (practice, today) = await app.PracticeAwayFromUtcAsync();
        var page = await (await app.As(practice.Emails["maya"])).GetAsync($"/MedicalReview/{practice.Cases["dana"]}/{practice.Clients["dana"]}");

        var offered = page.Document.QuerySelector("form#decision input[name='Input.ClearedUntil']")!.GetAttribute("value");

        Assert.Equal(today.AddDays(365).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), offered);
    }

    [Fact]
    public async Task Adulthood_is_counted_on_the_practices_calendar()
    {
        var (practice, today) = await app.PracticeAwayFromUtcAsync();
        var (caseId, a, _) = await app.CoupleWithLoginsAsync(practice, CaseStage.Intake, "sam");
        var ari = await app.SignInAsync(a.Email);
        var url = $"/Portal/Intake/{caseId}";

        var tooYoung = await SubmitBornAsync(ari, url, today.AddYears(-18).AddDays(1));
        Assert.Contains("you must be 18 or older", await tooYoung.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.IntakeSubmissions.CountAsync(s => s.ClientId == a.Id)));

        Assert.Equal(HttpStatusCode.Redirect, (await SubmitBornAsync(ari, url, today.AddYears(-18))).StatusCode);
    }

    private static async Task<HttpResponseMessage> SubmitBornAsync(PageSession client, string url, DateOnly born)
    {
        var page = await client.GetAsync(url);
        var fields = IntakeFiller.Complete(page);
        fields["Input.DateOfBirth"] = born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return await client.SubmitAsync(page, url, "form.intake", fields, button: "handler=Submit");
    }

    private static async Task<string> ErrorSummaryAsync(HttpResponseMessage response) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector(".error-summary")?.TextContent ?? "";

    private static Task<HttpResponseMessage> DecideAsync(PageSession prescriber, Guid caseId, Guid clientId, string decision, string text) =>
        prescriber.SubmitAsync($"/MedicalReview/{caseId}/{clientId}", "form#decision", new() { ["Input.Decision"] = decision, ["Input.Text"] = text });
}

[Collection(SqliteApp.Collection)]
public sealed class ReviewDecisionTests_Sqlite(SqliteApp app) : ReviewDecisionTests(app);

[Collection(PostgresApp.Collection)]
public sealed class ReviewDecisionTests_Postgres(PostgresApp app) : ReviewDecisionTests(app);
