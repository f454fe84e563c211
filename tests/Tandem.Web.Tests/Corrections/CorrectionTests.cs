using System.Net;
using System.Text.Json;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Corrections;
using Tandem.Web.Tests.Infrastructure;
using Tandem.Web.Tests.Records;
using Task = System.Threading.Tasks.Task;

namespace Tandem.Web.Tests.Corrections;

/// <summary>A client asks for a correction; the team accepts it (the original kept) or declines it, and a statement of disagreement goes into every later export.</summary>
public abstract class CorrectionTests(TandemApp app)
{
    [Fact]
    public async Task An_accepted_correction_keeps_what_was_asked_and_the_client_reads_the_amendment_and_its_reason()
    {
        var (caseId, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var client = await app.SignInAsync(a.Email);
        var mailed = app.To(app.Demo.Emails["sam"]).Count;
        var id = await AskAsync(client, "My intake says I drink daily", "I stopped drinking in 2019");
        Assert.Single(app.To(app.Demo.Emails["sam"]).Skip(mailed), m => (m.Subject ?? "").Contains("correction", StringComparison.OrdinalIgnoreCase) && !(m.TextBody ?? "").Contains("drink", StringComparison.Ordinal));

        var sam = await app.As(app.Demo.Emails["sam"]);
        var url = $"/Cases/{caseId}/Corrections";
        var shown = await sam.GetAsync(url);
        Assert.Contains("I stopped drinking in 2019", shown.Text, StringComparison.Ordinal);
        var accepted = await sam.SubmitAsync(shown, url, $"form#accept-{id}", new() { ["Reason"] = "Confirmed with the client", ["Amendment"] = "No alcohol since 2019" });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        var row = await app.InDatabaseAsync(db => db.CorrectionRequests.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal((CorrectionState.Accepted, "Confirmed with the client", "No alcohol since 2019"), (row.State, row.Reason, row.Amendment));
        Assert.Equal(("My intake says I drink daily", "I stopped drinking in 2019"), (row.What, row.Why));
        Assert.NotNull(row.DecidedById);

        // The same page, still open in another tab, may no longer decline what was accepted meanwhile.
        var stale = await sam.SubmitAsync(shown, url, $"form#decline-{id}", new() { ["Reason"] = "Not so" });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Nothing was saved", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(CorrectionState.Accepted, await app.InDatabaseAsync(db => db.CorrectionRequests.Where(c => c.Id == id).Select(c => c.State).SingleAsync()));

        var mine = (await client.GetAsync("/Portal/Corrections")).Text;
        Assert.Contains("No alcohol since 2019", mine, StringComparison.Ordinal);
        Assert.Contains("Confirmed with the client", mine, StringComparison.Ordinal);
        Assert.Contains("My intake says I drink daily", mine, StringComparison.Ordinal);
        Assert.Equal([AuditCode.Correction_Requested, AuditCode.Correction_Accepted], await CodesAsync(a.Id));
    }

    [Fact]
    public async Task A_declined_correction_gives_the_reason_and_the_statement_of_disagreement_goes_into_the_next_export()
    {
        var (caseId, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var client = await app.SignInAsync(a.Email);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var id = await AskAsync(client, $"what-{tag}", $"why-{tag}");
        var sam = await app.As(app.Demo.Emails["sam"]);
        var empty = await sam.SubmitAsync($"/Cases/{caseId}/Corrections", $"form#decline-{id}", new() { ["Reason"] = " " });
        Assert.Contains("Give the reason; the client reads it.", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(CorrectionState.Requested, await app.InDatabaseAsync(db => db.CorrectionRequests.Where(c => c.Id == id).Select(c => c.State).SingleAsync()));
        var declined = await sam.SubmitAsync($"/Cases/{caseId}/Corrections", $"form#decline-{id}", new() { ["Reason"] = $"reason-{tag}" });
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        Assert.Contains($"reason-{tag}", (await client.GetAsync("/Portal/Corrections")).Text, StringComparison.Ordinal);

        var disagreed = await client.SubmitAsync("/Portal/Corrections", $"form#disagree-{id}", new() { ["Statement"] = $"disagreement-{tag}" });
        Assert.Equal(HttpStatusCode.Redirect, disagreed.StatusCode);
        var mine = await client.GetAsync("/Portal/Corrections");
        Assert.Contains($"disagreement-{tag}", mine.Text, StringComparison.Ordinal);
        Assert.Null(mine.Document.QuerySelector($"form#disagree-{id}"));

        var (pdf, json, fhirText) = await RecordDownload.ExportAsync(client);
        foreach (var (name, text) in new[] { ("PDF", pdf), ("FHIR", fhirText) })
        {
            foreach (var expected in new[] { $"what-{tag}", $"why-{tag}", $"reason-{tag}", $"disagreement-{tag}" })
            {
                Assert.True(RecordExportTests.Squeezed(text).Contains(expected, StringComparison.Ordinal), $"{name} lacks {expected}");
            }
        }

        Assert.Contains("Corrections", pdf, StringComparison.Ordinal);
        Assert.Empty(FhirChecks.Errors(JsonSerializer.Deserialize<Bundle>(json, RecordDownload.Fhir)!));
        var row = await app.InDatabaseAsync(db => db.CorrectionRequests.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal((CorrectionState.Declined, $"what-{tag}", $"why-{tag}", (string?)null), (row.State, row.What, row.Why, row.Amendment));
        Assert.Equal([AuditCode.Correction_Requested, AuditCode.Correction_Declined, AuditCode.Correction_DisagreementAdded], await CodesAsync(a.Id));
    }

    [Fact]
    public async Task The_partner_and_an_off_team_clinician_cannot_reach_a_clients_corrections()
    {
        var (caseId, a, b) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var client = await app.SignInAsync(a.Email);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var id = await AskAsync(client, $"private-what-{tag}", "because");
        var url = $"/Cases/{caseId}/Corrections";
        Assert.Contains($"private-what-{tag}", (await (await app.As(app.Demo.Emails["sam"])).GetAsync(url)).Text, StringComparison.Ordinal);

        var stranger = await app.SignInAsync(await app.StaffAsync(app.Demo, Roles.Clinician));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url)).Status);
        var partner = await app.SignInAsync(b.Email);
        var staffPage = await partner.GetAsync(url);
        Assert.NotEqual(HttpStatusCode.OK, staffPage.Status);
        Assert.DoesNotContain($"private-what-{tag}", staffPage.Html, StringComparison.Ordinal);
        var partnersOwn = await partner.GetAsync("/Portal/Corrections");
        Assert.Equal(HttpStatusCode.OK, partnersOwn.Status);
        Assert.DoesNotContain($"private-what-{tag}", partnersOwn.Text, StringComparison.Ordinal);

        // Sam declines, then the partner tries to add a statement to A's request with their own form's token.
        await (await app.As(app.Demo.Emails["sam"])).SubmitAsync(url, $"form#decline-{id}", new() { ["Reason"] = "No" });
        var token = await partner.TokenAsync("/Portal/Corrections");
        var posted = await partner.PostAsync("/Portal/Corrections?handler=Disagree",
            [new("__RequestVerificationToken", token), new("Id", id.ToString()), new("Statement", "not mine to say")]);
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Null(await app.InDatabaseAsync(db => db.CorrectionRequests.Where(c => c.Id == id).Select(c => c.Disagreement).SingleAsync()));
    }

    [Fact]
    public async Task An_empty_request_is_refused_with_a_message_and_nothing_is_written()
    {
        var (_, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var client = await app.SignInAsync(a.Email);

        var refused = await client.SubmitAsync("/Portal/Corrections", "form#ask", new() { ["What"] = " ", ["Why"] = "" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Say what in your record should be corrected", html, StringComparison.Ordinal);
        Assert.Contains("Say why it should be corrected", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.CorrectionRequests.CountAsync(c => c.ClientId == a.Id)));
        Assert.Empty(await CodesAsync(a.Id));
    }

    private async Task<Guid> AskAsync(PageSession client, string what, string why)
    {
        var asked = await client.SubmitAsync("/Portal/Corrections", "form#ask", new() { ["What"] = what, ["Why"] = why });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        return await app.InDatabaseAsync(db => db.CorrectionRequests.Where(c => c.What == what).Select(c => c.Id).SingleAsync());
    }

    private Task<List<AuditCode>> CodesAsync(Guid clientId) =>
        app.InDatabaseAsync(db => db.AuditEvents
            .Where(e => e.ClientId == clientId && e.Code >= AuditCode.Correction_Requested && e.Code <= AuditCode.Correction_DisagreementAdded)
            .OrderBy(e => e.Sequence).Select(e => e.Code).ToListAsync());
}

[Collection(SqliteApp.Collection)]
public sealed class CorrectionTests_Sqlite(SqliteApp app) : CorrectionTests(app);

[Collection(PostgresApp.Collection)]
public sealed class CorrectionTests_Postgres(PostgresApp app) : CorrectionTests(app);
