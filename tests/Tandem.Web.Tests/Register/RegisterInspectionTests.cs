using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Register;
using Tandem.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Tandem.Web.Tests.Register;

public abstract class RegisterInspectionTests(TandemApp app)
{
    [Fact]
    public async Task The_inspection_register_carries_what_the_law_requires_and_its_CSV_and_PDF_match_the_screen()
    {
        var practice = await app.OwnPracticeAsync();
        var maya = await app.StockedAsync(practice);
        Assert.Equal(HttpStatusCode.Redirect, (await app.ReceiveAsync(maya, practice, "K2231", "20")).StatusCode);
        var willow = await app.BalanceIdAsync(practice, "K2231", "Willow safe");
        await RegisterStock.TakeAsync(maya, willow, RegisterEntryKind.Waste, "0.5", new(await app.WitnessAsync(practice, "sam", "Take.Witness")) { ["Take.Reason"] = "Half a troche left after a 150 mg dose" });
        await RegisterStock.TakeAsync(maya, willow, RegisterEntryKind.Destruction, "1", new() { ["Take.WitnessName"] = "Pat Quinn", ["Take.WitnessAuthority"] = "Controlled drugs liaison officer" });
        await RegisterStock.TakeAsync(maya, willow, RegisterEntryKind.Loss, "1", new() { ["Take.Reason"] = "Missing at the weekly count", ["Take.ReportReference"] = "DEA-106 2026-114" });

        var page = await maya.GetAsync("/Register/Inspection");
        var rows = ScreenRows(page);
        Assert.Equal(["Received", "Wasted", "Destroyed", "Lost or stolen"], rows.Select(r => r[Column("Entry")]));
        Assert.Equal(["20 troches (2000 mg)", "", "", ""], rows.Select(r => r[Column("In")]));
        Assert.Equal(["", "0.5 troches (50 mg)", "1 troche (100 mg)", "1 troche (100 mg)"], rows.Select(r => r[Column("Out")]));
        Assert.Equal(["20 troches", "19.5 troches", "18.5 troches", "17.5 troches"], rows.Select(r => r[Column("Balance after")]));
        Assert.Equal(["2000 mg", "1950 mg", "1850 mg", "1750 mg"], rows.Select(r => r[Column("mg after")]));
        Assert.Equal("Riverside Compounding Pharmacy, 12 Mill Lane, Portland OR 97201; registration FR1234563; invoice INV-0042", rows[0][Column("Supplier")]);
        Assert.Equal(["", "Sam Lindqvist", "Pat Quinn, Controlled drugs liaison officer", ""], rows.Select(r => r[Column("Witness")]));
        Assert.Equal("DEA-106 2026-114", rows[3][Column("Report reference")]);
        Assert.All(rows, r => Assert.Equal("Dr. Maya Okafor", r[Column("Recorded by")]));

        var csv = await maya.Http.GetAsync(page.Document.QuerySelector("#inspection-csv")!.GetAttribute("href"));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var records = Csv(await csv.Content.ReadAsStringAsync());
        Assert.Equal(HeaderOf(page), records[0]);
        Assert.Equal(rows, records.Skip(1).ToList());

        var pdf = await maya.Http.GetAsync(page.Document.QuerySelector("#inspection-pdf")!.GetAttribute("href"));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        foreach (var required in new[] { "FR1234563", "INV-0042", "Controlled drugs liaison officer", "2026-114", "17.5 troches", "1750 mg", "Okafor", "21 CFR 1304" })
        {
            Assert.Contains(required, text, StringComparison.Ordinal);
        }

        Assert.Equal(3, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.PracticeId == practice.PracticeId && e.Code == AuditCode.RegisterInspection_Produced)));
    }

    [Fact]
    public async Task The_register_is_shown_for_a_lot_a_product_or_a_range_and_the_CSV_follows_the_same_filter()
    {
        var practice = await app.OwnPracticeAsync();
        var maya = await app.StockedAsync(practice);
        Assert.Equal(HttpStatusCode.Redirect, (await app.ReceiveAsync(maya, practice, "K2231", "20", daysAgo: 10)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.ReceiveAsync(maya, practice, "K2300", "8", daysAgo: 3)).StatusCode);
        var lot = await app.InDatabaseAsync(db => db.StockLots.Where(l => l.PracticeId == practice.PracticeId && l.Number == "K2300").Select(l => l.Id).SingleAsync());
        var product = await app.InDatabaseAsync(db => db.StockProducts.Where(p => p.PracticeId == practice.PracticeId).Select(p => p.Id).SingleAsync());

        var oneLot = await maya.GetAsync($"/Register/Inspection?LotId={lot}");
        Assert.Equal(["K2300"], ScreenRows(oneLot).Select(r => r[Column("Lot")]));
        Assert.Equal(["K2231", "K2300"], ScreenRows(await maya.GetAsync($"/Register/Inspection?ProductId={product}")).Select(r => r[Column("Lot")]));

        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var range = $"/Register/Inspection?From={Day(today.AddDays(-12))}&To={Day(today.AddDays(-5))}";
        var lastWeek = await maya.GetAsync(range);
        Assert.Equal(["K2231"], ScreenRows(lastWeek).Select(r => r[Column("Lot")]));
        Assert.Equal(ScreenRows(lastWeek), Csv(await maya.Http.GetStringAsync(range + "&handler=Csv")).Skip(1).ToList());
        Assert.NotNull((await maya.GetAsync($"/Register/Inspection?From={Day(today.AddDays(-60))}&To={Day(today.AddDays(-30))}")).Document.QuerySelector("#no-entries"));
    }

    [Fact]
    public async Task A_filter_that_cannot_be_used_gets_a_clear_message_and_produces_nothing()
    {
        var practice = await app.OwnPracticeAsync();
        var maya = await app.StockedAsync(practice);
        Assert.Equal(HttpStatusCode.Redirect, (await app.ReceiveAsync(maya, practice, "K2231", "20")).StatusCode);
        var elsewhere = await app.OwnPracticeAsync();
        var other = await app.StockedAsync(elsewhere);
        Assert.Equal(HttpStatusCode.Redirect, (await app.ReceiveAsync(other, elsewhere, "Z9", "3")).StatusCode);
        var theirLot = await app.InDatabaseAsync(db => db.StockLots.Where(l => l.PracticeId == elsewhere.PracticeId).Select(l => l.Id).SingleAsync());
        var theirProduct = await app.InDatabaseAsync(db => db.StockProducts.Where(p => p.PracticeId == elsewhere.PracticeId).Select(p => p.Id).SingleAsync());

        var cases = new Dictionary<string, string>
        {
            ["From=2026-11-20&To=2026-11-01"] = "The end of the range must be on or after its start.",
            ["From=2026-13-45"] = "Enter the start of the range as a date.",
            ["To=soon"] = "Enter the end of the range as a date.",
            [$"ProductId={theirProduct}"] = "Choose one of the practice's products.",
            ["ProductId=ketamine"] = "Choose one of the practice's products.",
            [$"LotId={theirLot}"] = "Choose one of the practice's lots.",
            [$"LotId={Guid.NewGuid()}"] = "Choose one of the practice's lots.",
        };
        foreach (var (query, message) in cases)
        {
            foreach (var handler in new[] { "", "&handler=Csv", "&handler=Pdf" })
            {
                var page = await maya.GetAsync($"/Register/Inspection?{query}{handler}");
                Assert.Equal(HttpStatusCode.OK, page.Status);
                Assert.Equal("text/html", page.Response.Content.Headers.ContentType?.MediaType);
                Assert.Contains(message, string.Join(" | ", page.Document.QuerySelectorAll(".field-error").Select(e => e.TextContent.Trim())), StringComparison.Ordinal);
                Assert.Null(page.Document.QuerySelector("#inspection"));
                Assert.DoesNotContain("Z9", page.Text, StringComparison.Ordinal);
            }
        }

        Assert.Equal(0, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.Code == AuditCode.RegisterInspection_Produced && e.PracticeId == practice.PracticeId)));
        Assert.NotNull((await maya.GetAsync("/Register/Inspection")).Document.QuerySelector("#inspection"));
    }

    [Fact]
    public async Task Only_a_prescriber_or_a_custodian_produces_the_register_for_inspection()
    {
        var practice = await app.OwnPracticeAsync();
        var maya = await app.StockedAsync(practice);
        Assert.Equal(HttpStatusCode.Redirect, (await app.ReceiveAsync(maya, practice, "K2231", "20")).StatusCode);
        Assert.Contains("FR1234563", (await maya.GetAsync("/Register/Inspection?handler=Csv")).Html, StringComparison.Ordinal);

        foreach (var who in new[] { "admin", "sam", "jordan" })
        {
            var session = await app.As(practice.Emails[who]);
            foreach (var handler in new[] { "", "?handler=Csv", "?handler=Pdf" })
            {
                var denied = await session.GetAsync($"/Register/Inspection{handler}");
                Assert.True(denied.Status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{who} {handler} answered {(int)denied.Status}");
                Assert.DoesNotContain("FR1234563", denied.Html, StringComparison.Ordinal);
            }
        }

        // Sam, once the admin names him a custodian, produces it too.
        await app.NameCustodianAsync(practice, practice.Emails["sam"]);
        Assert.Contains("FR1234563", (await (await app.As(practice.Emails["sam"])).GetAsync("/Register/Inspection?handler=Csv")).Html, StringComparison.Ordinal);
        Assert.Equal(2, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.Code == AuditCode.RegisterInspection_Produced && e.PracticeId == practice.PracticeId)));
    }

    private static int Column(string name) => Array.IndexOf(Tandem.Web.Pages.Register.InspectionRegister.Header, name);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<string[]> ScreenRows(PageSession.Page page)
    {
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return [.. page.Document.QuerySelectorAll("#inspection tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray())];
    }

    private static string[] HeaderOf(PageSession.Page page) => [.. page.Document.QuerySelectorAll("#inspection thead th").Select(c => c.TextContent)];

    /// <summary>RFC 4180 as the export writes it: fields quoted when they hold a comma, quote or line break.</summary>
    private static List<string[]> Csv(string text)
    {
        var (records, fields, field, quoted) = (new List<string[]>(), new List<string>(), new StringBuilder(), false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        return records;
    }
}

[Collection(SqliteApp.Collection)]
public sealed class RegisterInspectionTests_Sqlite(SqliteApp app) : RegisterInspectionTests(app);

[Collection(PostgresApp.Collection)]
public sealed class RegisterInspectionTests_Postgres(PostgresApp app) : RegisterInspectionTests(app);
