using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Account;

public abstract class InvitationTests(TandemApp app)
{
    [Fact]
    public async Task An_invited_client_sets_a_password_and_lands_in_their_portal_once()
    {
        var (caseId, clientId) = await app.IndividualCaseAsync(app.Demo, CaseStage.Intake, "sam");
        var link = await InviteAsync(caseId, clientId);

        var visitor = app.NewSession();
        var form = await visitor.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Contains("Choose a password", form.Text, StringComparison.Ordinal);

        var accepted = await visitor.SubmitAsync(form, link, "form",
            new() { ["Input.Password"] = "a long walk by the river", ["Input.ConfirmPassword"] = "a long walk by the river" });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/Portal", accepted.Headers.Location!.OriginalString);

        var portal = await visitor.GetAsync("/Portal");
        Assert.Equal(HttpStatusCode.OK, portal.Status);
        Assert.Contains("Filling in your intake forms", portal.Text, StringComparison.Ordinal);
        Assert.Contains(caseId.ToString(), portal.Html, StringComparison.Ordinal);

        var again = await app.NewSession().GetAsync(link);
        Assert.Contains("This link no longer works", again.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("short one", "Use at least 12 characters")]
    [InlineData("passwordpassword", "one of the most common")]
    public async Task Weak_passwords_are_refused_and_nothing_is_created(string password, string message)
    {
        var (caseId, clientId) = await app.IndividualCaseAsync(app.Demo, CaseStage.Intake, "sam");
        var link = await InviteAsync(caseId, clientId);

        var response = await app.NewSession().SubmitAsync(link, "form", new() { ["Input.Password"] = password, ["Input.ConfirmPassword"] = password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await app.InDatabaseAsync(db => db.Clients.Where(c => c.Id == clientId).Select(c => c.UserId).SingleAsync()));
        Assert.Contains("Choose a password", (await app.NewSession().GetAsync(link)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_invitation_for_a_client_of_another_case_is_refused()
    {
        var (ownCase, _) = await app.IndividualCaseAsync(app.Demo, CaseStage.Intake, "sam");
        var (_, strangerId) = await app.IndividualCaseAsync(app.Demo, CaseStage.Intake, "maya");
        var sam = await app.As(app.Demo.Emails["sam"]);
        var page = await sam.GetAsync($"/Cases/{ownCase}");
        var token = page.Document.QuerySelector("form[action*=Invite] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var forged = await sam.PostAsync($"/Cases/{ownCase}?handler=Invite", [new("__RequestVerificationToken", token), new("clientId", strangerId.ToString())]);

        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.ClientInvitations.CountAsync(i => i.ClientId == strangerId)));
    }

    [Fact]
    public async Task An_unknown_token_shows_a_plain_dead_end()
    {
        var page = await app.NewSession().GetAsync("/Account/Invitation/not-a-real-token");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("This link no longer works", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("form input[name='Input.Password']"));
    }

    private async Task<string> InviteAsync(Guid caseId, Guid clientId)
    {
        var sam = await app.As(app.Demo.Emails["sam"]);
        var page = await sam.GetAsync($"/Cases/{caseId}");
        var response = await sam.SubmitAsync(page, $"/Cases/{caseId}", "form[action*=Invite]", new() { ["clientId"] = clientId.ToString() });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var link = after.QuerySelector("#invitation-link")?.TextContent ?? throw new InvalidOperationException("No invitation link shown.");
        return new Uri(link).PathAndQuery;
    }
}

[Collection(SqliteApp.Collection)]
public sealed class InvitationTests_Sqlite(SqliteApp app) : InvitationTests(app);

[Collection(PostgresApp.Collection)]
public sealed class InvitationTests_Postgres(PostgresApp app) : InvitationTests(app);
