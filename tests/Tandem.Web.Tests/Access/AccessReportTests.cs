using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Access;

public abstract class AccessReportTests(TandemApp app)
{
    [Fact]
    public async Task A_client_sees_who_read_their_record_and_never_the_accesses_to_their_partners()
    {
        var (caseId, a, b) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var ari = await app.SignInAsync(a.Email);
        var bo = await app.SignInAsync(b.Email);
        await WriteAsync(ari, "for-us-both", "MyPartnerAndMyClinician");
        await WriteAsync(bo, "bo-for-sam", "MeAndMyClinician");
        var sam = await app.As(app.Demo.Emails["sam"]);
        Assert.Contains("for-us-both", (await sam.GetAsync($"/Cases/{caseId}/Journal/{a.Id}")).Text, StringComparison.Ordinal);
        Assert.Contains("for-us-both", (await bo.GetAsync("/Portal/Journal")).Text, StringComparison.Ordinal);
        var written = await WrittenOnAsync(a.Id);
        var samName = await app.InDatabaseAsync(db => db.Users.Where(u => u.Email == app.Demo.Emails["sam"]).Select(u => u.DisplayName).SingleAsync());

        Assert.Equal(HttpStatusCode.OK, (await sam.GetAsync($"/Cases/{caseId}/Repair")).Status);

        var report = await RowsAsync(ari, "/Portal/Access");
        Assert.Contains(report, r => r[1] == samName && r[3] == "read your repair log");
        Assert.Contains(report, r => r[1] == samName && r[2] == "Clinician" && r[3] == $"read your journal entry of {written}");
        Assert.Contains(report, r => r[1] == b.FullName && r[2] == "Partner" && r[3] == $"read your journal entry of {written}");
        Assert.DoesNotContain(report, r => r[1] == a.FullName);

        Assert.Contains("bo-for-sam", (await sam.GetAsync($"/Cases/{caseId}/Journal/{b.Id}")).Text, StringComparison.Ordinal);
        Assert.Equal(report.Count, (await RowsAsync(ari, "/Portal/Access")).Count);
        var boWrote = await WrittenOnAsync(b.Id);
        Assert.Contains(await RowsAsync(bo, "/Portal/Access"), r => r[1] == samName && r[3] == $"read your journal entry of {boWrote}");
        Assert.DoesNotContain(await RowsAsync(bo, "/Portal/Access"), r => r[3] == $"read your journal entry of {written}" && r[1] == b.FullName);
    }

    [Fact]
    public async Task The_admin_produces_the_same_report_on_screen_and_as_CSV_and_producing_it_is_audited()
    {
        var (caseId, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var ari = await app.SignInAsync(a.Email);
        await WriteAsync(ari, "for-my-clinician", "MeAndMyClinician");
        await (await app.As(app.Demo.Emails["sam"])).GetAsync($"/Cases/{caseId}/Journal/{a.Id}");
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var range = $"From={today.AddDays(-1):yyyy-MM-dd}&To={today.AddDays(1):yyyy-MM-dd}";

        var portal = await RowsAsync(ari, "/Portal/Access");
        var admin = await app.As(app.Demo.Emails["admin"]);
        var url = $"/Admin/Access?ClientId={a.Id}&{range}";
        var onScreen = await RowsAsync(admin, url);
        Assert.NotEmpty(onScreen);
        Assert.Equal(portal.Select(r => string.Join("|", r)), onScreen.Select(r => string.Join("|", r)));

        var csv = (await admin.GetAsync(url + "&handler=Csv")).Html.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("when,who,role,what", csv[0]);
        Assert.EndsWith(",Practice admin,produced this report of who has seen your record", csv[1], StringComparison.Ordinal);
        Assert.Equal(onScreen.Select(r => string.Join("|", r.Skip(1))), csv.Skip(2).Select(l => string.Join("|", l.Split(',').Skip(1))));
        Assert.Equal(2, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.Code == AuditCode.AccessReport_Produced && e.ClientId == a.Id)));

        var before = await RowsAsync(admin, $"/Admin/Access?ClientId={a.Id}&From={today.AddDays(-30):yyyy-MM-dd}&To={today.AddDays(-20):yyyy-MM-dd}");
        Assert.Empty(before);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As(app.Demo.Emails["sam"])).GetAsync(url)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As(app.Other.Emails["admin"])).GetAsync(url)).Status);
    }

    private async Task<string> WrittenOnAsync(Guid author)
    {
        var entry = await app.InDatabaseAsync(db => db.JournalEntries.Where(j => j.AuthorClientId == author).Select(j => j.WrittenAt).SingleAsync());
        var zone = await app.InDatabaseAsync(db => Web.Infrastructure.PracticeZones.PracticeZoneAsync(db, app.Demo.PracticeId));
        return TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(entry, DateTimeKind.Utc), zone).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-US"));
    }

    private static async Task<List<string[]>> RowsAsync(PageSession session, string url)
    {
        var page = await session.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return [.. page.Document.QuerySelectorAll("#access tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())];
    }

    private static async Task WriteAsync(PageSession session, string body, string visibility)
    {
        var response = await session.SubmitAsync("/Portal/Journal", "#new-entry", new() { ["Input.Body"] = body, ["Input.Visibility"] = visibility });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task The_admin_finds_the_client_by_name_and_the_page_never_lists_the_practice()
    {
        var practice = await app.OwnPracticeAsync();
        var admin = await app.SignInAsync(practice.Emails["admin"]);

        var empty = await admin.GetAsync("/Admin/Access");
        Assert.DoesNotContain("Jordan Ellis", empty.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex Moreno", empty.Text, StringComparison.Ordinal);

        var found = await admin.GetAsync("/Admin/Access?Q=JORDAN");
        Assert.NotNull(found.Document.QuerySelector($"#matches a[href='/Admin/Access?ClientId={practice.Clients["jordan"]}']"));
        Assert.DoesNotContain("Alex Moreno", found.Text, StringComparison.Ordinal);

        var chosen = await admin.GetAsync($"/Admin/Access?ClientId={practice.Clients["jordan"]}");
        Assert.Contains("Client: Jordan Ellis", chosen.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Admin/Access?ClientId={app.Other.Clients["jordan"]}")).Status);
    }
}

[Collection(SqliteApp.Collection)]
public sealed class AccessReportTests_Sqlite(SqliteApp app) : AccessReportTests(app);

[Collection(PostgresApp.Collection)]
public sealed class AccessReportTests_Postgres(PostgresApp app) : AccessReportTests(app);
