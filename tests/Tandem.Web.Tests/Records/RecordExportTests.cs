using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Dosing;
using Tandem.Core.Integration;
using Tandem.Core.Journal;
using Tandem.Core.Preparation;
using Tandem.Core.Sharing;
using Tandem.Core.Treatment;
using Tandem.Web.Tests.Infrastructure;
using UglyToad.PdfPig;
using Task = System.Threading.Tasks.Task;

namespace Tandem.Web.Tests.Records;

/// <summary>"Download my record": the client's PDF and FHIR Bundle hold what they may see, and nothing of the partner's or the team's.</summary>
public abstract partial class RecordExportTests(TandemApp app)
{

    [Fact]
    public async Task A_partners_record_holds_their_own_material_and_what_was_shared_with_them_never_the_partners_private_material_or_team_notes()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var tag = Guid.NewGuid().ToString("N")[..8];
        await app.WriteBothPartnersAsync(series, tag);
        var a = await app.SignInAsync(series.A.Email);

        var (pdf, json, fhirText) = await RecordDownload.ExportAsync(a);

        foreach (var (name, text) in new[] { ("PDF", pdf), ("FHIR", fhirText) })
        {
            foreach (var mine in new[] { $"a-journal-{tag}", $"a-intention-{tag}", $"a-insight-{tag}", $"LOT-A-{tag}", "123.45", $"b-shared-journal-{tag}", $"a-map-{tag}", $"a-clinician-map-{tag}", $"b-shared-map-{tag}" })
            {
                Assert.True(Squeezed(text).Contains(mine, StringComparison.Ordinal), $"{name} lacks {mine}");
            }

            foreach (var theirs in new[] { $"b-private-journal-{tag}", $"b-clinician-intention-{tag}", $"LOT-B-{tag}", "98.76", $"team-note-{tag}", $"observation-{tag}", $"case-note-{tag}", $"b-private-map-{tag}" })
            {
                Assert.False(Squeezed(text).Contains(theirs, StringComparison.Ordinal), $"{name} holds {theirs}");
            }

            Assert.Contains("full record can be requested from the practice", text.Replace('\n', ' '), StringComparison.Ordinal);
        }

        Assert.Contains("121/79", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain("187/113", pdf, StringComparison.Ordinal);
        var bundle = JsonSerializer.Deserialize<Bundle>(json, RecordDownload.Fhir)!;
        Assert.Empty(FhirChecks.Errors(bundle));
        var quantities = bundle.Entry.Select(e => e.Resource).OfType<Observation>()
            .SelectMany(o => o.Component.Select(c => c.Value).Append(o.Value)).OfType<Quantity>().Select(q => q.Value).ToList();
        Assert.Contains(121m, quantities);
        Assert.DoesNotContain(187m, quantities);
        Assert.DoesNotContain(144m, quantities);
        var resources = bundle.Entry.Select(e => e.Resource).ToList();
        Assert.Single(resources.OfType<Patient>());
        Assert.NotEmpty(resources.OfType<Encounter>());
        Assert.NotEmpty(resources.OfType<Consent>());
        Assert.NotEmpty(resources.OfType<QuestionnaireResponse>());
        var dose = Assert.Single(resources.OfType<MedicationAdministration>());
        Assert.Equal($"LOT-A-{tag}", ((Medication)dose.Contained.Single()).Batch!.LotNumber);
        Assert.NotNull(dose.Dosage!.Route);
        Assert.Contains(resources.OfType<Observation>(), o => o.Code.Coding.Any(c => c.System == "http://loinc.org"));
        Assert.NotEmpty(resources.OfType<CarePlan>());
        var urls = bundle.Entry.Select(e => e.FullUrl).ToHashSet();
        var references = References().Matches(json).Select(m => m.Groups[1].Value).Where(r => !r.StartsWith('#')).ToList();
        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.Contains(r, urls));

        var broken = JsonSerializer.Deserialize<Bundle>(json, RecordDownload.Fhir)!;
        var administration = broken.Entry.Select(e => e.Resource).OfType<MedicationAdministration>().First();
        administration.Status = null;
        administration.Subject = null!;
        Assert.NotEmpty(FhirChecks.Errors(broken));
    }

    [Fact]
    public async Task Both_partners_of_the_demo_couple_download_their_record_and_each_file_goes_once_downloaded()
    {
        // Other tests (the form crawler among them) may export the demo couple too: count only this test's entries.
        var before = await app.InDatabaseAsync(db => db.AuditEvents.Where(e => e.PracticeId == app.Demo.PracticeId).MaxAsync(e => e.Sequence));
        foreach (var (who, partner) in new[] { ("jordan", "alex"), ("alex", "jordan") })
        {
            var session = await app.SignInAsync(app.Demo.Emails[who]);
            var (privateOfPartner, myName) = await app.InDatabaseAsync(async db =>
            {
                var partnerId = await db.Clients.Where(c => c.Email == app.Demo.Emails[partner]).Select(c => c.Id).SingleAsync();
                var shared = db.Shares.Where(s => s.Kind == MaterialKind.JournalEntry && s.Audience == Visibility.MyPartnerAndMyClinician).Select(s => s.ItemId);
                var bodies = await db.JournalEntries.Where(j => j.AuthorClientId == partnerId && !shared.Contains(j.Id)).Select(j => j.Body).ToListAsync();
                return (bodies, await db.Clients.Where(c => c.Email == app.Demo.Emails[who]).Select(c => c.LastName).SingleAsync());
            });

            var (pdf, json, fhirText) = await RecordDownload.ExportAsync(session);

            Assert.Contains(myName, pdf, StringComparison.Ordinal);
            Assert.Contains(myName, json, StringComparison.Ordinal);
            Assert.NotEmpty(privateOfPartner);
            Assert.All(privateOfPartner, body => Assert.DoesNotContain(Squeezed(body), Squeezed(pdf), StringComparison.Ordinal));
            Assert.All(privateOfPartner, body => Assert.DoesNotContain(Squeezed(body), Squeezed(fhirText), StringComparison.Ordinal));
            Assert.Empty(FhirChecks.Errors(JsonSerializer.Deserialize<Bundle>(json, RecordDownload.Fhir)!));
        }

        var couple = await app.InDatabaseAsync(db => db.Clients.Where(c => c.Email == app.Demo.Emails["jordan"] || c.Email == app.Demo.Emails["alex"]).Select(c => (Guid?)c.Id).ToListAsync());
        var codes = await app.InDatabaseAsync(db => db.AuditEvents
            .Where(e => e.PracticeId == app.Demo.PracticeId && e.Sequence > before && couple.Contains(e.ClientId) && (e.Code == AuditCode.RecordExport_Prepared || e.Code == AuditCode.RecordExport_Downloaded))
            .Select(e => e.Code).ToListAsync());
        Assert.Equal(2, codes.Count(c => c == AuditCode.RecordExport_Prepared));
        Assert.Equal(4, codes.Count(c => c == AuditCode.RecordExport_Downloaded));
    }

    [Fact]
    public async Task The_file_is_only_the_owners_and_is_gone_after_download_or_an_hour()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var a = await app.SignInAsync(series.A.Email);
        var b = await app.SignInAsync(series.B.Email);
        var first = await RecordDownload.PrepareAsync(a);
        var links = await RecordDownload.PrepareAsync(a);
        Assert.NotEqual(first, links);
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync(first[0])).Status);
        var pdf = links.Single(l => l.Contains("handler=Pdf", StringComparison.Ordinal));
        var fhir = links.Single(l => l.Contains("handler=Fhir", StringComparison.Ordinal));

        Assert.Equal(2, FilesOf(links).Count);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync(pdf)).Status);
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync(pdf)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync(pdf)).Status);

        app.Clock.Advance(TimeSpan.FromMinutes(61));
        try
        {
            // An hour is past the idle session limit too: the owner signs in again and the file has gone.
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync(series.A.Email)).GetAsync(fhir)).Status);
        }
        finally
        {
            app.Clock.Reset();
        }

        Assert.Empty(FilesOf(links));
        Assert.Contains("Prepare my record", (await a.GetAsync("/Portal/Record")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_prepared_file_removed_under_the_app_is_a_plain_not_found_and_the_client_may_prepare_again()
    {
        // Another process over the same data folder (a restart, a second instance) clears the files of the runs before it.
        var client = await app.ClientWithLoginAsync(app.Demo, "Rey");
        var session = await app.SignInAsync(client.Email);
        var links = await RecordDownload.PrepareAsync(session);
        var files = FilesOf(links);
        Assert.Equal(2, files.Count);
        foreach (var file in files)
        {
            File.Delete(file);
        }

        foreach (var link in links)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync(link)).Status);
        }

        Assert.Contains("Prepare my record", (await session.GetAsync("/Portal/Record")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_measure_in_the_record_is_charted_and_a_record_without_scores_has_no_chart()
    {
        var jordan = await app.SignInAsync(app.Demo.Emails["jordan"]);
        var scored = await app.InDatabaseAsync(db => db.QuestionnaireResponses
            .Where(r => db.Clients.Any(c => c.Id == r.ClientId && c.Email == app.Demo.Emails["jordan"]) && r.Score != null)
            .GroupBy(r => r.InstrumentCode).Select(g => new { Code = g.Key, Count = g.Count() }).ToListAsync());
        Assert.NotEmpty(scored);
        using (var pdf = await PdfAsync(jordan))
        {
            // Each chart draws its frame, a dot per score and, past one score, the line through them.
            var charts = scored.Select(i => (Page: pdf.GetPages().Single(p => p.Text.Contains($"{i.Code} over time", StringComparison.Ordinal)), Paths: 1 + i.Count + (i.Count > 1 ? 1 : 0)));
            foreach (var page in charts.GroupBy(c => c.Page.Number))
            {
                Assert.Equal(page.Sum(c => c.Paths), page.First().Page.Paths.Count);
            }
        }

        var newcomer = await app.SignInAsync((await app.ClientWithLoginAsync(app.Demo, "Noa")).Email);
        using var empty = await PdfAsync(newcomer);
        Assert.All(empty.GetPages(), p => Assert.DoesNotContain("over time", p.Text, StringComparison.Ordinal));
        Assert.All(empty.GetPages(), p => Assert.Empty(p.Paths));
    }

    private static async Task<PdfDocument> PdfAsync(PageSession session)
    {
        var links = await RecordDownload.PrepareAsync(session);
        return PdfDocument.Open(await session.Http.GetByteArrayAsync(links.Single(l => l.Contains("handler=Pdf", StringComparison.Ordinal))));
    }

    /// <summary>The files on disk behind download links (named by the export's id).</summary>
    private List<string> FilesOf(IEnumerable<string> links)
    {
        var ids = links.Select(l => Guid.Parse(l.Split("id=")[1].Split('&')[0]).ToString("N")).ToHashSet();
        var folder = Path.Combine(app.Folder, "record-exports");
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Where(f => ids.Contains(Path.GetFileName(f).Split('.')[0])).ToList() : [];
    }

    [GeneratedRegex("\"reference\":\"([^\"]+)\"")]
    private static partial Regex References();

    internal static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}

[Collection(SqliteApp.Collection)]
public sealed class RecordExportTests_Sqlite(SqliteApp app) : RecordExportTests(app);

[Collection(PostgresApp.Collection)]
public sealed class RecordExportTests_Postgres(PostgresApp app) : RecordExportTests(app);
