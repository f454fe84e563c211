using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Cases;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Journal;

public abstract class JournalTests(TandemApp app)
{
    [Fact]
    public async Task Each_entry_reaches_exactly_whom_its_author_chose_and_a_closed_case_ends_the_partners_view()
    {
        var (caseId, a, b) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var ari = await app.SignInAsync(a.Email);
        await WriteAsync(ari, "kept-to-myself", "OnlyMe");
        await WriteAsync(ari, "for-my-clinician", "MeAndMyClinician");
        await WriteAsync(ari, "for-us-both", "MyPartnerAndMyClinician");

        var own = await Journal(ari);
        Assert.Contains("kept-to-myself", own, StringComparison.Ordinal);
        Assert.Contains("for-my-clinician", own, StringComparison.Ordinal);
        Assert.Contains("for-us-both", own, StringComparison.Ordinal);
        var bo = await app.SignInAsync(b.Email);
        var partnerView = await Journal(bo);
        Assert.Contains("for-us-both", partnerView, StringComparison.Ordinal);
        Assert.DoesNotContain("for-my-clinician", partnerView, StringComparison.Ordinal);
        Assert.DoesNotContain("kept-to-myself", partnerView, StringComparison.Ordinal);

        var teamUrl = $"/Cases/{caseId}/Journal/{a.Id}";
        var team = await (await app.As(app.Demo.Emails["sam"])).GetAsync(teamUrl);
        Assert.Contains("for-my-clinician", team.Text, StringComparison.Ordinal);
        Assert.Contains("for-us-both", team.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("kept-to-myself", team.Text, StringComparison.Ordinal);
        Assert.True(await app.InDatabaseAsync(db => db.AuditEvents.AnyAsync(e => e.Code == Core.Audit.AuditCode.Journal_ViewedByCaseTeam && e.ClientId == a.Id)));

        var offTeam = await app.SignInAsync(await app.StaffAsync(app.Demo, Roles.Clinician));
        Assert.Equal(HttpStatusCode.NotFound, (await offTeam.GetAsync(teamUrl)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As(app.Other.Emails["sam"])).GetAsync(teamUrl)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await bo.GetAsync(teamUrl)).Status);

        await app.InDatabaseAsync(db => db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(c => c.SetProperty(x => x.Stage, CaseStage.Closed)));
        Assert.DoesNotContain("for-us-both", await Journal(bo), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_with_script_payloads_is_rendered_inert()
    {
        var (_, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var ari = await app.SignInAsync(a.Email);
        string[] payloads =
        [
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "<iframe src=\"https://evil.test\"></iframe>",
            "[click](javascript:alert(1))", "[click](JaVaScRiPt:alert(1))", "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![x](javascript:alert(1))", "<a href=\"javascript:alert(1)\">x</a>", "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "[x](vbscript:msgbox(1))", "<details open ontoggle=alert(1)>", "**bold** and [a real link](https://example.org)",
        ];
        await WriteAsync(ari, string.Join("\n\n", payloads), "OnlyMe");

        var page = await ari.GetAsync("/Portal/Journal");
        Assert.Contains("not monitored in real time", page.Text, StringComparison.Ordinal);
        Assert.Contains("988", page.Document.QuerySelector("#not-monitored")!.TextContent, StringComparison.Ordinal);
        var body = page.Document.QuerySelector(".entry-body")!;
        Assert.Empty(body.QuerySelectorAll("script, img, svg, iframe, details, style, object, embed"));
        Assert.All(body.QuerySelectorAll("*"), element => Assert.DoesNotContain(element.Attributes, attribute =>
            attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attribute.Name == "style"
            || attribute.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase)
            || attribute.Value.Contains("vbscript:", StringComparison.OrdinalIgnoreCase)
            || attribute.Value.StartsWith("data:", StringComparison.OrdinalIgnoreCase)));
        Assert.NotNull(body.QuerySelector("strong"));
        Assert.Equal("https://example.org", body.QuerySelector("a[href^='https']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Only_the_author_edits_or_deletes_and_narrowing_takes_effect_at_once()
    {
        var (caseId, a, b) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var ari = await app.SignInAsync(a.Email);
        await WriteAsync(ari, "we-both-read-this", "MyPartnerAndMyClinician");
        var entry = await app.InDatabaseAsync(db => db.JournalEntries.SingleAsync(j => j.AuthorClientId == a.Id));
        var edit = $"/Portal/Journal/{entry.Id}/Edit";

        var bo = await app.SignInAsync(b.Email);
        Assert.Equal(HttpStatusCode.NotFound, (await bo.GetAsync(edit)).Status);
        var token = await bo.TokenAsync("/Portal/Journal");
        var forged = await bo.PostAsync($"{edit}?handler=Save", [new("__RequestVerificationToken", token), new("Input.Body", "rewritten by Bo"),
            new("Input.Version", entry.Version.ToString())]);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bo.PostAsync($"{edit}?handler=Delete", [new("__RequestVerificationToken", token)])).StatusCode);
        Assert.Equal("we-both-read-this", await app.InDatabaseAsync(db => db.JournalEntries.Where(j => j.Id == entry.Id).Select(j => j.Body).SingleAsync()));

        var sharing = (await ari.GetAsync(edit)).Document.QuerySelector("#edit-entry a[href^='/Portal/Sharing/']")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.NotFound, (await bo.GetAsync(sharing)).Status);
        var narrowed = await ari.SubmitAsync(sharing, "#share-form", new() { ["Input.Visibility"] = "MeAndMyClinician" });
        Assert.Equal(HttpStatusCode.Redirect, narrowed.StatusCode);
        Assert.DoesNotContain("we-both-read-this", await Journal(bo), StringComparison.Ordinal);
        Assert.Contains("we-both-read-this", (await (await app.As(app.Demo.Emails["sam"])).GetAsync($"/Cases/{caseId}/Journal/{a.Id}")).Text, StringComparison.Ordinal);
        var stopped = await ari.SubmitAsync(sharing, "#shares form", []);
        Assert.Equal(HttpStatusCode.Redirect, stopped.StatusCode);
        Assert.DoesNotContain("we-both-read-this", await Journal(bo), StringComparison.Ordinal);
        Assert.DoesNotContain("we-both-read-this", (await (await app.As(app.Demo.Emails["sam"])).GetAsync($"/Cases/{caseId}/Journal/{a.Id}")).Text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await ari.SubmitAsync(edit, "#delete-entry", [])).StatusCode);
        Assert.False(await app.InDatabaseAsync(db => db.JournalEntries.AnyAsync(j => j.Id == entry.Id)));
    }

    [Fact]
    public async Task An_empty_entry_or_a_partner_option_without_a_partner_is_refused_with_a_message_and_nothing_written()
    {
        var (_, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Closed, "sam");
        var ari = await app.SignInAsync(a.Email);
        var empty = await ari.SubmitAsync("/Portal/Journal", "#new-entry", new() { ["Input.Body"] = " ", ["Input.Visibility"] = "OnlyMe" });
        Assert.Contains("Write something first.", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var noPartner = await ari.SubmitAsync("/Portal/Journal", "#new-entry", new() { ["Input.Body"] = "hello", ["Input.Visibility"] = "MyPartnerAndMyClinician" });
        Assert.Contains("Choose who may read it from the options shown.", await noPartner.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.InDatabaseAsync(db => db.JournalEntries.AnyAsync(j => j.AuthorClientId == a.Id)));
    }

    private static async Task WriteAsync(PageSession session, string body, string visibility)
    {
        var response = await session.SubmitAsync("/Portal/Journal", "#new-entry", new() { ["Input.Body"] = body, ["Input.Visibility"] = visibility });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task<string> Journal(PageSession session) => (await session.GetAsync("/Portal/Journal")).Html;
}

[Collection(SqliteApp.Collection)]
public sealed class JournalTests_Sqlite(SqliteApp app) : JournalTests(app);

[Collection(PostgresApp.Collection)]
public sealed class JournalTests_Postgres(PostgresApp app) : JournalTests(app);
