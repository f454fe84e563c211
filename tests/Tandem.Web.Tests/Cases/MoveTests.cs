using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Cases;

public abstract class MoveTests(TandemApp app)
{
    [Fact]
    public async Task Moving_a_case_records_the_move_its_reason_and_an_audit_entry()
    {
        var (caseId, _) = await app.IndividualCaseAsync(app.Demo, CaseStage.Preparation, "sam");
        var sam = await app.As(app.Demo.Emails["sam"]);

        var response = await sam.SubmitAsync($"/Cases/{caseId}/Move", "form.narrow",
            new() { ["Input.To"] = "DosingSeries", ["Input.Reason"] = "Series of 8 planned with both prescribers" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var page = await sam.GetAsync($"/Cases/{caseId}");
        Assert.Equal("Dosing series", page.Document.QuerySelector("#case-stage")?.TextContent);
        Assert.Contains("Series of 8 planned with both prescribers", page.Text, StringComparison.Ordinal);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.Code == AuditCode.Case_StageMoved && e.EntityId == caseId.ToString())));
    }

    [Fact]
    public async Task Two_clinicians_moving_at_once_the_second_is_told_of_the_conflict()
    {
        var (caseId, _) = await app.IndividualCaseAsync(app.Demo, CaseStage.DosingSeries, "sam", "maya");
        var sam = await app.As(app.Demo.Emails["sam"]);
        var maya = await app.As(app.Demo.Emails["maya"]);
        var url = $"/Cases/{caseId}/Move";
        var samForm = await sam.GetAsync(url);
        var mayaForm = await maya.GetAsync(url);

        var first = await sam.SubmitAsync(samForm, url, "form.narrow", new() { ["Input.To"] = "Paused", ["Input.Reason"] = "Client travelling" });
        var second = await maya.SubmitAsync(mayaForm, url, "form.narrow", new() { ["Input.To"] = "Withdrawn", ["Input.Reason"] = "Client asked to stop" });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Someone else changed this case", WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var (stage, moves) = await app.InDatabaseAsync(async db => (
            await db.Cases.Where(c => c.Id == caseId).Select(c => c.Stage).SingleAsync(),
            await db.CaseStageChanges.CountAsync(h => h.CaseId == caseId)));
        Assert.Equal(CaseStage.Paused, stage);
        Assert.Equal(2, moves);
    }

    [Theory]
    [InlineData("DosingSeries", "", "Say why the case moves")]
    [InlineData("Completed", "Skipping ahead", "Choose one of the stages listed")]
    [InlineData("NotAStage", "Typo", "is not a valid choice here")]
    [InlineData("", "No stage", "Choose the stage")]
    public async Task Bad_input_gets_a_message_beside_the_field_and_writes_nothing(string to, string reason, string message)
    {
        var (caseId, _) = await app.IndividualCaseAsync(app.Demo, CaseStage.Preparation, "sam");
        var sam = await app.As(app.Demo.Emails["sam"]);

        var response = await sam.SubmitAsync($"/Cases/{caseId}/Move", "form.narrow", new() { ["Input.To"] = to, ["Input.Reason"] = reason });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertUnmovedAsync(caseId, CaseStage.Preparation);
    }

    [Fact]
    public async Task An_over_long_reason_is_refused_with_a_message()
    {
        var (caseId, _) = await app.IndividualCaseAsync(app.Demo, CaseStage.Preparation, "sam");
        var sam = await app.As(app.Demo.Emails["sam"]);

        var response = await sam.SubmitAsync($"/Cases/{caseId}/Move", "form.narrow",
            new() { ["Input.To"] = "DosingSeries", ["Input.Reason"] = new string('x', 501) });

        Assert.Contains("Keep the reason under 500 characters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertUnmovedAsync(caseId, CaseStage.Preparation);
    }

    [Fact]
    public async Task A_clinician_off_the_team_cannot_move_the_case()
    {
        var (caseId, _) = await app.IndividualCaseAsync(app.Demo, CaseStage.Preparation, "maya");
        var url = $"/Cases/{caseId}/Move";
        Assert.Equal(HttpStatusCode.OK, (await (await app.As(app.Demo.Emails["maya"])).GetAsync(url)).Status);

        var sam = await app.As(app.Demo.Emails["sam"]);
        Assert.Equal(HttpStatusCode.NotFound, (await sam.GetAsync(url)).Status);

        // A forged post, with a valid token from a page Sam may open.
        var ownPage = await sam.GetAsync($"/Cases/{app.Demo.Cases["couple"]}/Move");
        var token = ownPage.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forged = await sam.PostAsync(url, [new("__RequestVerificationToken", token), new("Input.To", "DosingSeries"), new("Input.Reason", "forged")]);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        await AssertUnmovedAsync(caseId, CaseStage.Preparation);
    }

    [Fact]
    public async Task The_form_offers_only_the_moves_the_journey_allows()
    {
        var page = await (await app.As(app.Demo.Emails["sam"])).GetAsync($"/Cases/{app.Demo.Cases["couple"]}/Move");
        var offered = page.Document.QuerySelectorAll("input[name='Input.To']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(["Paused", "Withdrawn"], offered);
    }

    private async Task AssertUnmovedAsync(Guid caseId, CaseStage stage)
    {
        var (current, moves, audits) = await app.InDatabaseAsync(async db => (
            await db.Cases.Where(c => c.Id == caseId).Select(c => c.Stage).SingleAsync(),
            await db.CaseStageChanges.CountAsync(h => h.CaseId == caseId),
            await db.AuditEvents.CountAsync(e => e.EntityId == caseId.ToString())));
        Assert.Equal(stage, current);
        Assert.Equal(1, moves);
        Assert.Equal(0, audits);
    }
}

[Collection(SqliteApp.Collection)]
public sealed class MoveTests_Sqlite(SqliteApp app) : MoveTests(app);

[Collection(PostgresApp.Collection)]
public sealed class MoveTests_Postgres(PostgresApp app) : MoveTests(app);
