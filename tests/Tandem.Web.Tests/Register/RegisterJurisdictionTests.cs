using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Register;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Register;

public abstract class RegisterJurisdictionTests(TandemApp app)
{
    [Fact]
    public async Task A_UK_practice_keeps_a_controlled_drugs_register_and_a_change_from_a_stale_page_is_refused()
    {
        var practice = await app.OwnPracticeAsync();
        var maya = await app.As(practice.Emails["maya"]);
        var us = await maya.GetAsync("/Register");
        Assert.Equal("Controlled-substance register", us.Document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("21 CFR 1304", us.Document.QuerySelector("#law")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await maya.GetAsync("/Register/Receive")).Document.QuerySelector("#set-up-first"));

        var first = await maya.GetAsync("/Register/Stock");
        var second = await maya.GetAsync("/Register/Stock");
        Assert.Equal(HttpStatusCode.Redirect, (await maya.SubmitAsync(first, "/Register/Stock", "#jurisdiction", new() { ["jurisdiction"] = "2" })).StatusCode);
        var uk = await maya.GetAsync("/Register");
        Assert.Equal("Controlled drugs register", uk.Document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Misuse of Drugs Regulations 2001", uk.Document.QuerySelector("#law")!.TextContent, StringComparison.Ordinal);

        var stale = await maya.SubmitAsync(second, "/Register/Stock", "#jurisdiction", new() { ["jurisdiction"] = "1" });
        Assert.Contains("The register's jurisdiction changed since you opened this page: it is United Kingdom. Nothing was saved.", await stale.ErrorsAsync(), StringComparison.Ordinal);
        Assert.Equal(Jurisdiction.UnitedKingdom, await app.InDatabaseAsync(db => db.RegisterSettings.Where(s => s.PracticeId == practice.PracticeId).Select(s => s.Jurisdiction).SingleAsync()));
        Assert.Equal("Controlled-substance register", (await (await app.As(app.Demo.Emails["maya"])).GetAsync("/Register")).Document.QuerySelector("h1")!.TextContent.Trim());
    }
}

[Collection(SqliteApp.Collection)]
public sealed class RegisterJurisdictionTests_Sqlite(SqliteApp app) : RegisterJurisdictionTests(app);

[Collection(PostgresApp.Collection)]
public sealed class RegisterJurisdictionTests_Postgres(PostgresApp app) : RegisterJurisdictionTests(app);
