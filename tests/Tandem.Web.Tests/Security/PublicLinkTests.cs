using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Tandem.Core.Cases;
using Tandem.Web.Tests.Consultations;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Security;

/// <summary>
/// Emailed links name the practice's public address (https://localhost in tests), never the host a request named.
/// 127.0.0.1 is a host Tandem also answers to, so a request naming it shows whether a link follows the Host header.
/// </summary>
public abstract partial class PublicLinkTests(TandemApp app)
{
    private const string PublicAddress = "https://localhost/";
    private const string OtherHost = "127.0.0.1";

    [Fact]
    public async Task A_password_reset_link_names_the_public_address_whatever_host_the_request_named()
    {
        var client = await app.ClientWithLoginAsync(app.Demo, "Ines");
        var session = app.NewSession();
        session.Http.DefaultRequestHeaders.Host = OtherHost;

        var asked = await session.SubmitAsync("/Account/ForgotPassword", "#forgot", new() { ["Input.Email"] = client.Email });

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        AssertLinksArePublic(Assert.Single(app.To(client.Email)), "/Account/Reset/");
    }

    [Fact]
    public async Task A_portal_invitation_link_names_the_public_address_whatever_host_the_request_named()
    {
        var (caseId, clientId) = await app.IndividualCaseAsync(app.Demo, CaseStage.Intake, "sam");
        var sam = await app.SignInAsync(app.Demo.Emails["sam"]);
        sam.Http.DefaultRequestHeaders.Host = OtherHost;

        var invited = await sam.SubmitAsync($"/Cases/{caseId}", "form[action*=Invite]", new() { ["clientId"] = clientId.ToString() });

        Assert.Equal(HttpStatusCode.OK, invited.StatusCode);
        Assert.Contains($"{PublicAddress}Account/Invitation/", await invited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var email = await app.InDatabaseAsync(db => db.Clients.Where(c => c.Id == clientId).Select(c => c.Email).SingleAsync());
        AssertLinksArePublic(Assert.Single(app.To(email)), "/Account/Invitation/");
    }

    [Fact]
    public async Task Booking_emails_name_the_public_address_whatever_host_the_request_named()
    {
        var visitor = new Visitor(app);
        visitor.Session.Http.DefaultRequestHeaders.Host = OtherHost;
        var slot = await visitor.OpenSlotAsync(fromTheEnd: 7);
        var link = Visitor.ManageLink(await visitor.BookAsync(visitor.Couple(slot)));
        var movePage = await visitor.Session.GetAsync(link + "/move");
        var newSlot = movePage.Document.QuerySelectorAll("input[name=Slot]").Select(i => i.GetAttribute("value")!).First(k => k != slot);
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.Session.SubmitAsync(movePage, link + "/move", "form.booking", new() { ["Slot"] = newSlot })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.Session.SubmitAsync(link, "form[action*=Cancel]", [])).StatusCode);

        var mails = app.To(visitor.Email);

        Assert.Equal(["Call with Demo Practice", "Call with Demo Practice", "Call with Demo Practice cancelled"], mails.Select(m => m.Subject));
        AssertLinksArePublic(mails[0], link);
        AssertLinksArePublic(mails[1], link);
        AssertLinksArePublic(mails[2], visitor.BookUrl);
    }

    [Fact]
    public async Task A_request_naming_a_host_Tandem_does_not_answer_to_is_refused_and_emails_nothing()
    {
        var client = await app.ClientWithLoginAsync(app.Demo, "Noor");
        var session = app.NewSession();
        var form = await session.GetAsync("/Account/ForgotPassword");
        var fields = new Dictionary<string, string> { ["Input.Email"] = client.Email };

        session.Http.DefaultRequestHeaders.Host = "tandem.attacker.test";
        var forged = await session.SubmitAsync(form, "/Account/ForgotPassword", "#forgot", fields);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Empty(app.To(client.Email));

        session.Http.DefaultRequestHeaders.Host = null;
        Assert.Equal(HttpStatusCode.OK, (await session.SubmitAsync(form, "/Account/ForgotPassword", "#forgot", fields)).StatusCode);
        AssertLinksArePublic(Assert.Single(app.To(client.Email)), "/Account/Reset/");
    }

    [Theory]
    [InlineData("AllowedHosts", "*")]
    [InlineData("PublicBaseUrl", "")]
    [InlineData("PublicBaseUrl", "https://tandem.attacker.test")]
    public void Tandem_will_not_start_unless_its_public_address_is_one_it_answers_to(string setting, string value)
    {
        using var misconfigured = app.WithWebHostBuilder(b => b.UseSetting(setting, value));

        var refused = Record.Exception(() => misconfigured.Services);

        Assert.NotNull(refused);
        Assert.Contains(setting, refused.ToString(), StringComparison.Ordinal);
    }

    private static void AssertLinksArePublic(MimeMessage mail, string path)
    {
        var links = Link().Matches(mail.TextBody ?? "").Select(m => m.Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.StartsWith(PublicAddress, l, StringComparison.Ordinal));
        Assert.Contains(links, l => new Uri(l).PathAndQuery.StartsWith(path, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}

[Collection(SqliteApp.Collection)]
public sealed class PublicLinkTests_Sqlite(SqliteApp app) : PublicLinkTests(app);

[Collection(PostgresApp.Collection)]
public sealed class PublicLinkTests_Postgres(PostgresApp app) : PublicLinkTests(app);
