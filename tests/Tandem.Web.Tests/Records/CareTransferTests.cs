using System.Net;
using System.Text.Json;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Web.Tests.Infrastructure;
using Task = System.Threading.Tasks.Task;

namespace Tandem.Web.Tests.Records;

/// <summary>
/// A transfer of care: the case team exports one participant's full record, team notes included, as the team sees it;
/// never what the client kept to themselves, never the partner's record, and every export in the client's access report.
/// </summary>
public abstract class CareTransferTests(TandemApp app)
{
    private const string Purpose = "Transfer of care to Dr. Imani Reyes, Harbour Psychiatry";

    [Fact]
    public async Task The_case_team_exports_a_participants_full_record_with_its_notes_and_nothing_private_or_of_the_partners()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var tag = Guid.NewGuid().ToString("N")[..8];
        await app.WriteBothPartnersAsync(series, tag);
        var sam = await app.SignInAsync(app.Demo.Emails["sam"]);
        var before = await app.InDatabaseAsync(db => db.AuditEvents.Where(e => e.PracticeId == app.Demo.PracticeId).MaxAsync(e => e.Sequence));

        var (pdf, json, fhirText) = await RecordDownload.ExportAsync(sam, Page(series.CaseId, series.A.Id), new() { ["Input.Purpose"] = Purpose });

        foreach (var (name, text) in new[] { ("PDF", pdf), ("FHIR", fhirText) })
        {
            var squeezed = RecordExportTests.Squeezed(text);
            foreach (var held in new[] { $"a-clinician-journal-{tag}", $"a-insight-{tag}", $"LOT-A-{tag}", "123.45", $"team-note-{tag}", $"observation-{tag}", $"case-note-{tag}", $"a-clinician-map-{tag}", RecordExportTests.Squeezed(Purpose) })
            {
                Assert.True(squeezed.Contains(held, StringComparison.Ordinal), $"{name} lacks {held}");
            }

            foreach (var kept in new[] { $"a-journal-{tag}", $"b-private-journal-{tag}", $"b-shared-journal-{tag}", $"b-clinician-intention-{tag}", $"LOT-B-{tag}", "98.76", $"a-map-{tag}", $"b-private-map-{tag}", $"b-shared-map-{tag}" })
            {
                Assert.False(squeezed.Contains(kept, StringComparison.Ordinal), $"{name} holds {kept}");
            }
        }

        Assert.Contains("121/79", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain("187/113", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain("full record can be requested from the practice", pdf.Replace('\n', ' '), StringComparison.Ordinal);
        Assert.Empty(FhirChecks.Errors(JsonSerializer.Deserialize<Bundle>(json, RecordDownload.Fhir)!));

        var entries = await app.InDatabaseAsync(db => db.AuditEvents
            .Where(e => e.PracticeId == app.Demo.PracticeId && e.Sequence > before && (e.Code == AuditCode.RecordExport_PreparedForTransfer || e.Code == AuditCode.RecordExport_DownloadedForTransfer))
            .Select(e => new { e.Code, e.ClientId }).ToListAsync());
        Assert.Equal(3, entries.Count);
        Assert.All(entries, e => Assert.Equal(series.A.Id, e.ClientId));
        var report = (await (await app.SignInAsync(series.A.Email)).GetAsync("/Portal/Access")).Text;
        Assert.Contains("exported your full record for a transfer of care", report, StringComparison.Ordinal);
        Assert.DoesNotContain("exported your full record for a transfer of care", (await (await app.SignInAsync(series.B.Email)).GetAsync("/Portal/Access")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_case_team_may_export_and_only_with_a_stated_purpose_and_the_file_is_the_exporters_alone()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var page = Page(series.CaseId, series.A.Id);
        var before = await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.ClientId == series.A.Id && e.Code == AuditCode.RecordExport_PreparedForTransfer));
        var sam = await app.SignInAsync(app.Demo.Emails["sam"]);

        var blank = await sam.SubmitAsync(page, "form#prepare", new() { ["Input.Purpose"] = "  " });
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        Assert.Contains("Say why the record is exported", await blank.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.ClientId == series.A.Id && e.Code == AuditCode.RecordExport_PreparedForTransfer)));

        foreach (var outsider in new[] { await app.SignInAsync(await app.NewStaffAsync()), await app.SignInAsync(app.Demo.Emails["admin"]), await app.SignInAsync(series.A.Email), await app.SignInAsync(series.B.Email) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(page)).Status);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await sam.GetAsync(Page(series.CaseId, Guid.NewGuid()))).Status);
        var links = await RecordDownload.PrepareAsync(sam, page, new() { ["Input.Purpose"] = Purpose });
        var maya = await app.SignInAsync(app.Demo.Emails["maya"]);
        Assert.Empty((await maya.GetAsync(page)).Document.QuerySelectorAll("a[data-download]"));
        Assert.All(links, link => Assert.Contains("/Cases/", link, StringComparison.Ordinal));
        foreach (var link in links)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await maya.GetAsync(link)).Status);
        }

        Assert.Equal(HttpStatusCode.OK, (await sam.GetAsync(links[0])).Status);
    }

    private static string Page(Guid caseId, Guid clientId) => $"/Cases/{caseId}/Record/{clientId}";
}

[Collection(SqliteApp.Collection)]
public sealed class CareTransferTests_Sqlite(SqliteApp app) : CareTransferTests(app);

[Collection(PostgresApp.Collection)]
public sealed class CareTransferTests_Postgres(PostgresApp app) : CareTransferTests(app);
