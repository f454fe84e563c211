using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Intake;

public abstract class ConsentTests(TandemApp app)
{
    [Fact]
    public async Task A_new_consent_version_asks_every_client_to_sign_again()
    {
        var (caseId, a, _) = await app.CoupleWithLoginsAsync(app.Other, CaseStage.Intake, "sam");
        var ari = await app.SignInAsync(a.Email);
        await IntakeFiller.SignConsentAsync(ari, caseId, a.FullName);
        var signedPage = await ari.GetAsync($"/Portal/Consent/{caseId}");
        Assert.Contains("You signed version 1", signedPage.Text, StringComparison.Ordinal);

        var maya = await app.As(app.Other.Emails["maya"]);
        var published = await maya.SubmitAsync("/ConsentDocuments?kind=Couple", "form#publish", new()
        {
            ["Input.Kind"] = "Couple",
            ["Input.Title"] = "Consent for couples, 2027",
            ["Input.Body"] = "Updated text: sessions now include a 30-minute check-in before each dose.",
        });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var again = await ari.GetAsync($"/Portal/Consent/{caseId}");
        Assert.Contains("Consent for couples, 2027", again.Text, StringComparison.Ordinal);
        Assert.Contains("Sign version 2", again.Text, StringComparison.Ordinal);
        var team = await (await app.As(app.Other.Emails["sam"])).GetAsync($"/Cases/{caseId}");
        Assert.Contains("Not signed", team.Text, StringComparison.Ordinal);

        await IntakeFiller.SignConsentAsync(ari, caseId, a.FullName);
        var signatures = await app.InDatabaseAsync(db => db.ConsentSignatures.Where(s => s.ClientId == a.Id).OrderBy(s => s.DocumentNumber).Select(s => s.DocumentNumber).ToListAsync());
        Assert.Equal([1, 2], signatures);
    }

    [Theory]
    [InlineData("true", "Somebody Else", "Type your name as the practice has it")]
    [InlineData("false", null, "Tick the box to confirm")]
    [InlineData("true", "", "Type your full name to sign")]
    public async Task A_signature_needs_the_box_ticked_and_the_clients_own_name(string agree, string? typed, string message)
    {
        var (caseId, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Intake, "sam");
        var ari = await app.SignInAsync(a.Email);

        var response = await ari.SubmitAsync($"/Portal/Consent/{caseId}", "form.narrow", new() { ["Agree"] = agree, ["TypedName"] = typed ?? a.FullName });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.ConsentSignatures.CountAsync(s => s.ClientId == a.Id)));
    }

    [Fact]
    public async Task Only_prescribers_and_the_practice_admin_publish_consent_texts()
    {
        Assert.Equal(HttpStatusCode.OK, (await (await app.As(app.Demo.Emails["admin"])).GetAsync("/ConsentDocuments")).Status);
        Assert.Equal(HttpStatusCode.OK, (await (await app.As(app.Demo.Emails["maya"])).GetAsync("/ConsentDocuments")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As(app.Demo.Emails["sam"])).GetAsync("/ConsentDocuments")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As(app.Demo.Emails["jordan"])).GetAsync("/ConsentDocuments")).Status);
    }
}

[Collection(SqliteApp.Collection)]
public sealed class ConsentTests_Sqlite(SqliteApp app) : ConsentTests(app);

[Collection(PostgresApp.Collection)]
public sealed class ConsentTests_Postgres(PostgresApp app) : ConsentTests(app);
