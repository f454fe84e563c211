using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Cases;
using Tandem.Core.Intake;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Intake;

public abstract class IntakeFlowTests(TandemApp app)
{
    [Fact]
    public async Task A_couple_moves_to_review_only_when_both_are_done_and_to_preparation_only_when_both_are_cleared()
    {
        var (caseId, a, b) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Intake, "sam", "maya");
        var ari = await app.SignInAsync(a.Email);
        var bo = await app.SignInAsync(b.Email);

        Assert.Equal(HttpStatusCode.Redirect, (await IntakeFiller.SubmitAsync(ari, caseId)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await IntakeFiller.SignConsentAsync(ari, caseId, a.FullName)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await IntakeFiller.SubmitAsync(bo, caseId)).StatusCode);
        Assert.Equal(CaseStage.Intake, await StageAsync(caseId));
        var dashboard = await (await app.As(app.Demo.Emails["sam"])).GetAsync("/Dashboard");
        Assert.Contains("Bo: consent", dashboard.Text, StringComparison.Ordinal);

        await IntakeFiller.SignConsentAsync(bo, caseId, b.FullName);
        Assert.Equal(CaseStage.MedicalReview, await StageAsync(caseId));

        var maya = await app.As(app.Demo.Emails["maya"]);
        await ClearAsync(maya, caseId, a.Id);
        Assert.Equal(CaseStage.MedicalReview, await StageAsync(caseId));
        await ClearAsync(maya, caseId, b.Id);
        Assert.Equal(CaseStage.Preparation, await StageAsync(caseId));

        Assert.Equal(HttpStatusCode.Redirect, (await IntakeFiller.SubmitAsync(ari, caseId, medications: "sertraline 50 mg")).StatusCode);
        Assert.Equal(CaseStage.MedicalReview, await StageAsync(caseId));
        var versions = await app.InDatabaseAsync(db => db.IntakeSubmissions.Where(s => s.ClientId == a.Id).OrderBy(s => s.Number).ToListAsync());
        Assert.Equal(["none", "sertraline 50 mg"], versions.Select(v => v.Answers.Medications));
        var history = await (await app.As(app.Demo.Emails["sam"])).GetAsync($"/Intake/{caseId}/{a.Id}?version=1");
        Assert.Contains("Version 1", history.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_is_kept_and_an_incomplete_submit_writes_nothing()
    {
        var (caseId, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Intake, "sam");
        var ari = await app.SignInAsync(a.Email);
        var url = $"/Portal/Intake/{caseId}";

        var saved = await ari.SubmitAsync(await ari.GetAsync(url), url, "form.intake",
            new() { ["Input.Medications"] = "lisinopril 10 mg", ["Input.DateOfBirth"] = "1990-01-01" }, button: "handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var resumed = await ari.GetAsync(url);
        Assert.Contains("lisinopril 10 mg", resumed.Html, StringComparison.Ordinal);
        Assert.Contains("Your answers are saved", resumed.Text, StringComparison.Ordinal);

        var submitted = await ari.SubmitAsync(resumed, url, "form.intake", [], button: "handler=Submit");
        var html = WebUtility.HtmlDecode(await submitted.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Contains("Name someone we can call in an emergency.", html, StringComparison.Ordinal);
        Assert.Contains("Answer yes or no.", html, StringComparison.Ordinal);
        Assert.Contains("Answer each of the private questions", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.IntakeSubmissions.CountAsync(s => s.ClientId == a.Id)));
    }

    [Fact]
    public async Task A_minor_cannot_submit_intake()
    {
        var (caseId, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Intake, "sam");
        var ari = await app.SignInAsync(a.Email);
        var url = $"/Portal/Intake/{caseId}";
        var page = await ari.GetAsync(url);
        var fields = IntakeFiller.Complete(page);
        fields["Input.DateOfBirth"] = DateTime.UtcNow.AddYears(-17).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var response = await ari.SubmitAsync(page, url, "form.intake", fields, button: "handler=Submit");

        Assert.Contains("you must be 18 or older", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.IntakeSubmissions.CountAsync(s => s.ClientId == a.Id)));
    }

    [Fact]
    public async Task A_clinician_who_is_not_a_prescriber_cannot_clear()
    {
        var (caseId, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.MedicalReview, "sam", "maya");
        await IntakeFiller.SubmitAsync(await app.SignInAsync(a.Email), caseId);
        var url = $"/MedicalReview/{caseId}/{a.Id}";

        var mayaPage = await (await app.As(app.Demo.Emails["maya"])).GetAsync(url);
        Assert.NotNull(mayaPage.Document.QuerySelector("form#decision"));

        var sam = await app.As(app.Demo.Emails["sam"]);
        var samPage = await sam.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, samPage.Status);
        Assert.Null(samPage.Document.QuerySelector("form#decision"));
        Assert.Contains("Only a prescriber can record", samPage.Text, StringComparison.Ordinal);

        var token = samPage.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forged = await sam.PostAsync(url, [new("__RequestVerificationToken", token), new("Input.Decision", "Cleared"), new("Input.ClearedUntil", "2030-01-01")]);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.PrescriberDecisions.CountAsync(d => d.ClientId == a.Id)));
    }

    [Fact]
    public async Task Two_prescribers_deciding_at_once_the_second_is_told_of_the_conflict()
    {
        var second = await app.StaffAsync(app.Demo, Roles.Clinician, Roles.Prescriber);
        var (caseId, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.MedicalReview, "maya", second);
        await IntakeFiller.SubmitAsync(await app.SignInAsync(a.Email), caseId);
        var url = $"/MedicalReview/{caseId}/{a.Id}";
        var maya = await app.As(app.Demo.Emails["maya"]);
        await maya.SubmitAsync(url, "form#decision", new() { ["Input.Decision"] = "NeedsMoreInformation", ["Input.Text"] = "Usual blood pressure?" });

        var other = await app.SignInAsync(second);
        var mayaForm = await maya.GetAsync(url);
        var otherForm = await other.GetAsync(url);
        var first = await maya.SubmitAsync(mayaForm, url, "form#decision", new() { ["Input.Decision"] = "NotCleared", ["Input.Text"] = "Uncontrolled hypertension" });
        var late = await other.SubmitAsync(otherForm, url, "form#decision", new() { ["Input.Decision"] = "Cleared" });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("Another prescriber recorded a decision", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var review = await app.InDatabaseAsync(db => db.PrescriberReviews.SingleAsync(r => r.ClientId == a.Id));
        Assert.Equal(ReviewDecision.NotCleared, review.Decision);
        Assert.Equal(CaseStage.Closed, await StageAsync(caseId));
    }

    [Fact]
    public async Task A_question_from_the_prescriber_reaches_the_clients_portal_and_the_answer_comes_back()
    {
        var (caseId, a, b) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.MedicalReview, "maya");
        var ari = await app.SignInAsync(a.Email);
        await IntakeFiller.SubmitAsync(ari, caseId, yesItem: 0);
        var url = $"/MedicalReview/{caseId}/{a.Id}";
        var maya = await app.As(app.Demo.Emails["maya"]);
        Assert.Contains("Reading of 150/95", (await maya.GetAsync(url)).Text, StringComparison.Ordinal);
        await maya.SubmitAsync(url, "form#decision", new() { ["Input.Decision"] = "NeedsMoreInformation", ["Input.Text"] = "What is your blood pressure at home?" });

        var home = (await ari.GetAsync("/Portal")).Document.QuerySelector(".prescriber-question");
        Assert.NotNull(home);
        Assert.Contains("What is your blood pressure at home?", home.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Portal/Intake/{caseId}#prescriber-question", home.QuerySelector("a")!.GetAttribute("href"));
        var partnerHome = await (await app.SignInAsync(b.Email)).GetAsync("/Portal");
        Assert.Equal(HttpStatusCode.OK, partnerHome.Status);
        Assert.DoesNotContain("What is your blood pressure at home?", partnerHome.Text, StringComparison.Ordinal);

        var portal = await ari.GetAsync($"/Portal/Intake/{caseId}");
        Assert.Contains("What is your blood pressure at home?", portal.Text, StringComparison.Ordinal);
        await ari.SubmitAsync(portal, $"/Portal/Intake/{caseId}", "#prescriber-question form", new() { ["Reply"] = "Around 130/85 since the new tablets" });

        Assert.Contains("Around 130/85 since the new tablets", (await maya.GetAsync(url)).Text, StringComparison.Ordinal);
        Assert.Null((await ari.GetAsync("/Portal")).Document.QuerySelector(".prescriber-question"));
    }

    private static async Task ClearAsync(PageSession prescriber, Guid caseId, Guid clientId)
    {
        var response = await prescriber.SubmitAsync($"/MedicalReview/{caseId}/{clientId}", "form#decision", new() { ["Input.Decision"] = "Cleared" });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    private Task<CaseStage> StageAsync(Guid caseId) =>
        app.InDatabaseAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Stage).SingleAsync());
}

[Collection(SqliteApp.Collection)]
public sealed class IntakeFlowTests_Sqlite(SqliteApp app) : IntakeFlowTests(app);

[Collection(PostgresApp.Collection)]
public sealed class IntakeFlowTests_Postgres(PostgresApp app) : IntakeFlowTests(app);
