using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Audit;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Register;

public abstract class RegisterCustodianTests(TandemApp app)
{
    [Fact]
    public async Task A_custodian_the_admin_names_records_a_receipt_and_a_count_while_a_plain_clinician_is_refused()
    {
        var practice = await app.OwnPracticeAsync();
        var maya = await app.StockedAsync(practice);
        var (keeper, plain) = (await app.StaffAsync(practice, Roles.Clinician), await app.StaffAsync(practice, Roles.Clinician));
        var (keeperSession, plainSession) = (await app.SignInAsync(keeper), await app.SignInAsync(plain));
        Assert.True((await keeperSession.GetAsync("/Register/Receive")).Status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden);

        await app.NameCustodianAsync(practice, keeper);
        Assert.Equal(HttpStatusCode.Redirect, (await app.ReceiveAsync(keeperSession, practice, "K2231", "20")).StatusCode);
        var willow = await app.BalanceIdAsync(practice, "K2231", "Willow safe");
        await RegisterCount.RequireWeeklyCountsAsync(maya);
        Assert.Contains("Weekly count due: Willow safe", (await keeperSession.GetAsync("/Dashboard")).Text, StringComparison.Ordinal);
        Assert.Null((await plainSession.GetAsync("/Dashboard")).Document.QuerySelector("#register-counts"));

        // A custodian is shown only what a custodian may open: the register for inspection, but no products, corrections or adjustments.
        var links = (await keeperSession.GetAsync("/Register")).Document.QuerySelectorAll("a[href^='/Register/']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/Register/Receive", links);
        Assert.Contains("/Register/Inspection", links);
        Assert.DoesNotContain(links, href => href.StartsWith("/Register/Stock", StringComparison.Ordinal)
            || href.StartsWith("/Register/Correct", StringComparison.Ordinal) || href.StartsWith("/Register/Adjust", StringComparison.Ordinal) || href.StartsWith("/Register/Custodians", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await app.CountAsync(keeperSession, practice, "Willow safe", new() { [willow] = "20" })).StatusCode);
        var keeperId = await app.UserIdAsync(keeper);
        Assert.Equal(keeperId, await app.InDatabaseAsync(db => db.RegisterEntries.Where(e => e.PracticeId == practice.PracticeId).Select(e => e.RecordedById).SingleAsync()));
        Assert.Equal(keeperId, await app.InDatabaseAsync(db => db.StockCounts.Where(c => c.PracticeId == practice.PracticeId).Select(c => c.CountedById).SingleAsync()));

        // The same pages, with their content for the custodian and refused to a clinician nobody named.
        var countUrl = $"/Register/Count/{await app.LocationAsync(practice, "Willow safe")}";
        foreach (var url in new[] { "/Register", "/Register/Receive", countUrl, $"/Register/Take/{willow}", $"/Register/Transfer/{willow}" })
        {
            var shown = await keeperSession.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, shown.Status);
            Assert.Contains(url == "/Register/Receive" ? "Record a receipt" : "K2231", shown.Text, StringComparison.Ordinal);
            Assert.True((await plainSession.GetAsync(url)).Status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, url);
        }

        var before = await app.RegisterRowsAsync(practice);
        var forged = await plainSession.PostAsync($"{countUrl}?handler=Record", [new("__RequestVerificationToken", await plainSession.TokenAsync("/Settings")),
            new("Count.Kind", "2"), new($"Count.Found[{willow}]", "20")]);
        Assert.True(forged.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden);
        Assert.Equal(before, await app.RegisterRowsAsync(practice));
        Assert.Equal(1, await app.InDatabaseAsync(db => db.StockCounts.CountAsync(c => c.PracticeId == practice.PracticeId)));

        // Un-named, they are refused from their next page.
        var admin = await app.As(practice.Emails["admin"]);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/Register/Custodians", $"#custodian-{keeperId}", [])).StatusCode);
        Assert.True((await keeperSession.GetAsync("/Register/Receive")).Status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await maya.GetAsync("/Register/Receive")).Status);
    }

    [Fact]
    public async Task Naming_a_custodian_is_the_admins_alone_is_audited_and_a_stale_form_is_refused()
    {
        var practice = await app.OwnPracticeAsync();
        var keeper = await app.StaffAsync(practice, Roles.Clinician);
        var keeperId = await app.UserIdAsync(keeper);
        var admin = await app.As(practice.Emails["admin"]);
        var list = await admin.GetAsync("/Register/Custodians");
        Assert.Contains("Maya Okafor", list.Text, StringComparison.Ordinal);
        Assert.NotNull(list.Document.QuerySelector($"#custodian-{keeperId}"));
        foreach (var persona in new[] { "maya", "sam" })
        {
            Assert.True((await (await app.As(practice.Emails[persona])).GetAsync("/Register/Custodians")).Status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, persona);
        }

        var first = await admin.GetAsync("/Register/Custodians");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/Register/Custodians", $"#custodian-{keeperId}", [])).StatusCode);
        Assert.Contains("Custodian", (await admin.GetAsync("/Register/Custodians")).Document.QuerySelector($"tr[data-staff='{keeperId}']")!.TextContent, StringComparison.Ordinal);
        var stale = await admin.SubmitAsync(first, "/Register/Custodians", $"#custodian-{keeperId}", []);
        Assert.Contains("changed since you opened this page", await stale.ErrorsAsync(), StringComparison.Ordinal);

        var second = await admin.GetAsync("/Register/Custodians");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(second, "/Register/Custodians", $"#custodian-{keeperId}", [])).StatusCode);
        Assert.Contains("changed since you opened this page", await (await admin.SubmitAsync(second, "/Register/Custodians", $"#custodian-{keeperId}", [])).ErrorsAsync(), StringComparison.Ordinal);

        Assert.False(await app.InDatabaseAsync(db => db.RegisterCustodians.Where(c => c.UserId == keeperId).Select(c => c.Named).SingleAsync()));
        var codes = await app.InDatabaseAsync(db => db.AuditEvents.Where(e => e.PracticeId == practice.PracticeId && (int)e.Code >= 2530 && (int)e.Code < 2550).OrderBy(e => e.Sequence).Select(e => e.Code).ToListAsync());
        Assert.Equal([AuditCode.RegisterCustodian_Named, AuditCode.RegisterCustodian_Unnamed], codes);
    }
}

[Collection(SqliteApp.Collection)]
public sealed class RegisterCustodianTests_Sqlite(SqliteApp app) : RegisterCustodianTests(app);

[Collection(PostgresApp.Collection)]
public sealed class RegisterCustodianTests_Postgres(PostgresApp app) : RegisterCustodianTests(app);
