using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Security;

/// <summary>
/// Every page that shows clinical data writes its read entry. Each clinical text field of a practice gets a marker;
/// every persona then clicks through every page they are shown, and a page that shows a marker must have added to the
/// audit log, so a page added later is covered the day it exists.
/// </summary>
public abstract class ClinicalReadAuditTests(TandemApp app)
{
    private const string Marker = "mk7q";

    /// <summary>Areas of the model whose text is clinical; names, settings and stored codes are not marked.</summary>
    private static readonly string[] ClinicalAreas =
        ["Cases", "Journal", "Preparation", "Repair", "Integration", "Dosing", "Intake", "Measures", "Treatment", "Corrections", "RippleMap"];

    /// <summary>The practice's own texts in those areas: its library of practices, its screen's questions, its consent documents.</summary>
    private static readonly string[] PracticeTexts = ["HomePractice", "ContraindicationItem", "ConsentDocument"];

    private static readonly string[] Unmarked = ["Json", "Code", "Hash", "Email", "Token", "EntityType", "EntityId", "Name", "Kind", "Resource", "Route"];

    [Fact]
    public async Task Every_page_that_shows_clinical_text_writes_a_read_entry()
    {
        var practice = await app.OwnPracticeAsync();
        var marked = await MarkClinicalTextAsync(practice.PracticeId);
        Assert.True(marked > 10, $"only {marked} clinical fields were marked");

        var unaudited = new List<string>();
        var showing = 0;
        foreach (var persona in ReadOnlyGetTests.Personas)
        {
            var session = await app.SignInAsync(practice.Emails[persona]);
            var entries = await CountAsync(practice.PracticeId);
            await SiteCrawler.CrawlAsync(session, visited: async visit =>
            {
                var now = await CountAsync(practice.PracticeId);
                if (visit.Page.Status == HttpStatusCode.OK && visit.Page.Html.Contains(Marker, StringComparison.Ordinal))
                {
                    showing++;
                    if (now == entries)
                    {
                        var at = visit.Page.Html.IndexOf(Marker, StringComparison.Ordinal);
                        unaudited.Add($"{persona}: {visit.Url} [{visit.Page.Html[Math.Max(0, at - 120)..at]}]");
                    }
                }

                entries = now;
            });
        }

        Assert.True(showing > 10, $"only {showing} pages showed clinical text");
        Assert.True(unaudited.Count == 0, "Pages that showed clinical text and wrote no read entry: " + string.Join(", ", unaudited));
    }

    [Fact]
    public async Task Pages_that_show_when_and_who_rather_than_text_write_their_read_entries_too()
    {
        var practice = await app.OwnPracticeAsync();
        var (couple, jordan) = (practice.Cases["couple"], practice.Clients["jordan"]);
        var alert = await app.InDatabaseAsync(async db =>
        {
            var response = await db.QuestionnaireResponses.FirstAsync(r => r.CaseId == couple && r.ClientId == jordan);
            var raised = new Core.Measures.SafetyAlert { PracticeId = practice.PracticeId, ClientId = jordan, CaseId = couple, ResponseId = response.Id, RaisedAt = DateTime.UtcNow };
            db.SafetyAlerts.Add(raised);
            await db.SaveChangesAsync();
            return raised.Id;
        });
        var sam = await app.SignInAsync(practice.Emails["sam"]);
        var client = await app.SignInAsync(practice.Emails["jordan"]);
        foreach (var (session, url, code) in new[]
                 {
                     (sam, $"/Series/{couple}", AuditCode.Series_Viewed), (sam, "/Dashboard", AuditCode.SafetyAlert_Viewed),
                     (sam, $"/Alerts/{alert}", AuditCode.SafetyAlert_Viewed), (client, "/Portal/Sessions", AuditCode.Portal_CaseViewed),
                     (client, "/Portal/Practices", AuditCode.Portal_CaseViewed),
                 })
        {
            var before = await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.PracticeId == practice.PracticeId && e.Code == code && e.ClientId == jordan));
            Assert.Equal(HttpStatusCode.OK, (await session.GetAsync(url)).Status);
            var after = await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.PracticeId == practice.PracticeId && e.Code == code && e.ClientId == jordan));
            Assert.True(after > before, $"{url} wrote no {code} entry for the client");
        }
    }

    private Task<int> CountAsync(Guid practice) => app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.PracticeId == practice));

    /// <summary>Appends the marker to every non-empty clinical text column of the practice's rows; returns how many columns were marked.</summary>
    private Task<int> MarkClinicalTextAsync(Guid practice) => app.InDatabaseAsync(async db =>
    {
        var marked = 0;
        foreach (var entity in db.Model.GetEntityTypes().Where(t => ClinicalAreas.Any(a => t.ClrType.Namespace == $"Tandem.Core.{a}") && !PracticeTexts.Contains(t.ClrType.Name)))
        {
            var practiceColumn = entity.FindProperty("PracticeId")?.GetColumnName();
            var table = entity.GetTableName();
            if (practiceColumn is null || table is null)
            {
                continue;
            }

            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(string) && !Unmarked.Any(u => p.Name.EndsWith(u, StringComparison.Ordinal))))
            {
                var column = property.GetColumnName();
#pragma warning disable CA2100, EF1002 // names come from the EF model, the value is a constant
                var sql = $"UPDATE \"{table}\" SET \"{column}\" = \"{column}\" || ' {Marker}' WHERE \"{practiceColumn}\" = {{0}} AND \"{column}\" IS NOT NULL AND \"{column}\" <> ''";
                marked += await db.Database.ExecuteSqlRawAsync(sql, practice) > 0 ? 1 : 0;
#pragma warning restore CA2100, EF1002
            }
        }

        return marked;
    });
}

[Collection(SqliteApp.Collection)]
public sealed class ClinicalReadAuditTests_Sqlite(SqliteApp app) : ClinicalReadAuditTests(app);

[Collection(PostgresApp.Collection)]
public sealed class ClinicalReadAuditTests_Postgres(PostgresApp app) : ClinicalReadAuditTests(app);
