using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Treatment;
using Tandem.Web.Tests.Dosing;
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

        var sam = await app.As(app.Other.Emails["sam"]);
        Assert.Equal("Signed", await ConsentCellAsync(sam, caseId, a.FullName));

        Assert.Equal(HttpStatusCode.Redirect, (await PublishNewCoupleVersionAsync(await app.As(app.Other.Emails["maya"]))).StatusCode);

        var again = await ari.GetAsync($"/Portal/Consent/{caseId}");
        Assert.Contains("Consent for couples, 2027", again.Text, StringComparison.Ordinal);
        Assert.Contains("Sign version 2", again.Text, StringComparison.Ordinal);
        Assert.Equal("Not signed", await ConsentCellAsync(sam, caseId, a.FullName));

        await IntakeFiller.SignConsentAsync(ari, caseId, a.FullName);
        var signatures = await app.InDatabaseAsync(db => db.ConsentSignatures.Where(s => s.ClientId == a.Id).OrderBy(s => s.DocumentNumber).Select(s => s.DocumentNumber).ToListAsync());
        Assert.Equal([1, 2], signatures);
    }

    [Fact]
    public async Task A_new_consent_version_blocks_the_next_dose_until_the_client_in_the_series_signs_it_from_the_portal()
    {
        var practice = await app.OwnPracticeAsync();
        var series = await app.CoupleInSeriesAsync(practice);
        var url = $"/Dosing/{(await app.OnDayAsync(series.First(SessionKind.IndividualJourney, series.A.Id))).Id}";
        var maya = await app.As(practice.Emails["maya"]);
        var ari = await app.SignInAsync(series.A.Email);
        Assert.Null((await ari.GetAsync("/Portal")).Document.QuerySelector(".consent-due"));

        await PublishNewCoupleVersionAsync(maya);
        await DosingForms.OrderAsync(maya, url, series.A.Id, "200");
        var blocked = await DosingForms.RecordAsync(maya, url, series.A.Id, dose: "200");
        Assert.Contains("This person has not signed the current consent.", await blocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await DoseAsync(series.A.Id));

        var prompt = (await ari.GetAsync("/Portal")).Document.QuerySelector(".consent-due");
        Assert.NotNull(prompt);
        Assert.Contains("Please sign the new consent version", prompt.TextContent, StringComparison.Ordinal);
        var link = prompt.QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal($"/Portal/Consent/{series.CaseId}", link);
        var signed = await ari.SubmitAsync(link, "form.narrow", new() { ["Agree"] = "true", ["TypedName"] = series.A.FullName });
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        Assert.Null((await ari.GetAsync("/Portal")).Document.QuerySelector(".consent-due"));

        var recorded = await DosingForms.RecordAsync(maya, url, series.A.Id, dose: "200");
        Assert.DoesNotContain("not signed the current consent", await recorded.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(200m, await DoseAsync(series.A.Id));
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

    private static Task<HttpResponseMessage> PublishNewCoupleVersionAsync(PageSession prescriber) =>
        prescriber.SubmitAsync("/ConsentDocuments?kind=Couple", "form#publish", new()
        {
            ["Input.Kind"] = "Couple",
            ["Input.Title"] = "Consent for couples, 2027",
            ["Input.Body"] = "Updated text: sessions now include a 30-minute check-in before each dose.",
        });

    /// <summary>The consent column of one participant's row on the case page.</summary>
    private static async Task<string> ConsentCellAsync(PageSession team, Guid caseId, string fullName)
    {
        var row = (await team.GetAsync($"/Cases/{caseId}")).Document.QuerySelectorAll("tr").Single(r => r.TextContent.Contains(fullName, StringComparison.Ordinal));
        return row.QuerySelectorAll("td")[5].TextContent.Trim();
    }

    private Task<decimal?> DoseAsync(Guid clientId) =>
        app.InDatabaseAsync(db => db.DosingRecords.Where(r => r.ClientId == clientId).Select(r => r.DoseMg).SingleOrDefaultAsync());
}

[Collection(SqliteApp.Collection)]
public sealed class ConsentTests_Sqlite(SqliteApp app) : ConsentTests(app);

[Collection(PostgresApp.Collection)]
public sealed class ConsentTests_Postgres(PostgresApp app) : ConsentTests(app);
