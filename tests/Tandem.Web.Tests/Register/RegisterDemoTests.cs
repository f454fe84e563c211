using Microsoft.EntityFrameworkCore;
using Tandem.Core.Register;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Register;

public abstract class RegisterDemoTests(TandemApp app)
{
    [Fact]
    public async Task The_demo_register_reads_like_a_real_one_and_balances_to_the_unit_across_every_entry()
    {
        var practiceId = app.Demo.PracticeId;
        var (entries, balances, lots, products) = await app.InDatabaseAsync(async db => (
            await db.RegisterEntries.Where(e => e.PracticeId == practiceId).ToListAsync(),
            await db.StockBalances.Where(b => b.PracticeId == practiceId).ToListAsync(),
            await db.StockLots.Where(l => l.PracticeId == practiceId).ToListAsync(),
            await db.StockProducts.Where(p => p.PracticeId == practiceId).ToListAsync()));

        Assert.Equal(2, products.Count);
        Assert.Equal(3, lots.Count);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        Assert.Single(lots, l => !l.IsExpiredOn(today) && l.ExpiresOn < today.AddMonths(2));
        Assert.Equal(3, entries.Count(e => e.Kind == RegisterEntryKind.Receipt && e.SupplierRegistration is { Length: > 0 }));
        // Other tests dose in the demo practice and waste the rest of opened troches on its dosing page: those name their record.
        var sam = await app.InDatabaseAsync(db => db.Users.Where(u => u.Email == app.Demo.Emails["sam"]).Select(u => u.Id).SingleAsync());
        Assert.Single(entries, e => e.Kind == RegisterEntryKind.Waste && e.DosingRecordId == null && e.WitnessId == sam && e.WitnessName == "Sam Lindqvist");
        Assert.Single(entries, e => e.Kind == RegisterEntryKind.TransferOut);
        Assert.Single(entries, e => e.Kind == RegisterEntryKind.TransferIn);

        // Every balance after is the one before plus the entry's change, from zero, and ends where the stock book stands.
        foreach (var place in entries.GroupBy(e => (e.LotId, e.LocationId)))
        {
            var running = 0L;
            foreach (var e in place.OrderBy(e => e.RecordedAt))
            {
                running += e.Change;
                Assert.True(running >= 0);
                Assert.Equal(running, e.BalanceAfter);
            }

            Assert.Equal(running, balances.Single(b => b.LotId == place.Key.LotId && b.LocationId == place.Key.LocationId).Balance);
        }

        Assert.Equal(balances.Count, entries.Select(e => (e.LotId, e.LocationId)).Distinct().Count());

        // One troche the weekly count found missing, which the adjusting entry takes off the book.
        var (counts, lines) = await app.InDatabaseAsync(async db => (
            await db.StockCounts.Where(c => c.PracticeId == practiceId).ToListAsync(),
            await db.StockCountLines.Where(l => l.PracticeId == practiceId).ToListAsync()));
        Assert.All(counts, c => Assert.Equal(CountKind.Weekly, c.Kind));
        var differs = Assert.Single(lines, l => l.Difference != 0);
        Assert.Equal(-1_000, differs.Difference);
        Assert.Equal(sam, Assert.Single(counts, c => c.Id == differs.CountId).WitnessId);
        Assert.Equal(differs.Id, Assert.Single(entries, e => e.Kind == RegisterEntryKind.CountAdjustment && e.Change == differs.Difference).CountLineId);
        Assert.Equal(4, lines.Count);

        // Every dose the demo couple was given is drawn from the Willow room's safe: 20 troches moved there, half a
        // troche wasted, and a 100 mg troche for each 100 mg given.
        var couple = new[] { app.Demo.Clients["jordan"], app.Demo.Clients["alex"] };
        var doses = await app.InDatabaseAsync(db => db.DosingRecords.Where(r => couple.Contains(r.ClientId) && r.DoseMg != null).Select(r => new { r.Id, r.DoseMg }).ToListAsync());
        Assert.NotEmpty(doses);
        foreach (var dose in doses)
        {
            Assert.Equal(-(long)(dose.DoseMg!.Value * 10), Assert.Single(entries, e => e.DosingRecordId == dose.Id && e.Kind == RegisterEntryKind.Administration).Change);
        }

        var willow = 20_000 - 500 - doses.Sum(d => (long)(d.DoseMg!.Value * 10));
        var register = await (await app.As(app.Demo.Emails["maya"])).GetAsync("/Register");
        Assert.Equal(entries.Count, register.Document.QuerySelectorAll("table.entries tbody tr").Length);
        Assert.Contains($"{StockQuantity.Units(willow):0.###} troches", register.Document.QuerySelector("#balances")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Dose given to R-0001", register.Text, StringComparison.Ordinal);

        // Each product's page carries the product's running total across its lots and locations, ending at what is held.
        foreach (var product in products)
        {
            var rows = register.Document.QuerySelectorAll($"table.entries[data-product='{product.Id}'] tbody tr");
            var ofProduct = entries.Where(e => lots.Single(l => l.Id == e.LotId).ProductId == product.Id).ToDictionary(e => e.Id);
            var total = 0L;
            foreach (var row in rows)
            {
                total += ofProduct[Guid.Parse(row.GetAttribute("data-entry")!)].Change;
                Assert.Equal(StockQuantity.Units(total).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture), row.QuerySelector("td.product-after")!.TextContent.Trim());
            }

            var held = balances.Where(b => lots.Single(l => l.Id == b.LotId).ProductId == product.Id).Sum(b => b.Balance);
            Assert.Equal(held, total);
            Assert.Contains($"{StockQuantity.Units(held):0.###}", register.Document.QuerySelector($"[data-held='{product.Id}']")!.TextContent, StringComparison.Ordinal);
        }
    }
}

[Collection(SqliteApp.Collection)]
public sealed class RegisterDemoTests_Sqlite(SqliteApp app) : RegisterDemoTests(app);

[Collection(PostgresApp.Collection)]
public sealed class RegisterDemoTests_Postgres(PostgresApp app) : RegisterDemoTests(app);
