using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Register;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Register;

public abstract class RegisterEntriesTests(TandemApp app)
{
    [Fact]
    public async Task A_prescriber_records_every_kind_of_entry_and_the_register_shows_the_balance_after_each_in_units_and_mg()
    {
        var practice = await app.OwnPracticeAsync();
        var maya = await app.StockedAsync(practice);
        Assert.Equal(HttpStatusCode.Redirect, (await app.ReceiveAsync(maya, practice, "K2231", "20")).StatusCode);
        var willow = await app.BalanceIdAsync(practice, "K2231", "Willow safe");

        await RegisterStock.TakeAsync(maya, willow, RegisterEntryKind.Waste, "0.5", new(await app.WitnessAsync(practice, "sam", "Take.Witness")) { ["Take.Reason"] = "Half a troche left after a 150 mg dose" });
        Assert.Equal(HttpStatusCode.Redirect, (await maya.SubmitAsync($"/Register/Transfer/{willow}", "#transfer", new()
        {
            ["Transfer.ToLocationId"] = (await app.LocationAsync(practice, "Cedar safe")).ToString(), ["Transfer.Quantity"] = "5",
        })).StatusCode);
        await RegisterStock.TakeAsync(maya, willow, RegisterEntryKind.Return, "2", new() { ["Take.SupplierName"] = "Riverside Compounding Pharmacy", ["Take.Reason"] = "Damaged packs" });
        await RegisterStock.TakeAsync(maya, willow, RegisterEntryKind.Destruction, "1", new() { ["Take.WitnessName"] = "Pat Quinn", ["Take.WitnessAuthority"] = "Controlled drugs liaison officer" });
        await RegisterStock.TakeAsync(maya, willow, RegisterEntryKind.Loss, "1", new() { ["Take.Reason"] = "Missing at the weekly count", ["Take.ReportReference"] = "DEA-106 2026-114" });

        // The receipt was for 18, not 20: a correction takes the 2 off, and the receipt itself stays as it was written.
        var receipt = await app.InDatabaseAsync(db => db.RegisterEntries.Where(e => e.PracticeId == practice.PracticeId && e.Kind == RegisterEntryKind.Receipt).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await maya.SubmitAsync($"/Register/Correct/{receipt.Id}", "#correct", new()
        {
            ["Correction.Quantity"] = "18", ["Correction.Reason"] = "The invoice says 18 troches",
        })).StatusCode);

        var register = await maya.GetAsync("/Register");
        var willowRow = register.Document.QuerySelector($"#balances tr[data-balance='{willow}']")!;
        Assert.Equal("8.5 troches", willowRow.QuerySelector(".units")!.TextContent.Trim());
        Assert.Equal("850 mg", willowRow.QuerySelector(".mg")!.TextContent.Trim());
        var cedar = await app.BalanceIdAsync(practice, "K2231", "Cedar safe");
        Assert.Equal("500 mg", register.Document.QuerySelector($"#balances tr[data-balance='{cedar}'] .mg")!.TextContent.Trim());

        var afterEach = register.Document.QuerySelectorAll($"table.entries tr[data-location='Willow safe'] .after").Select(c => c.TextContent.Trim());
        Assert.Equal(["20", "19.5", "14.5", "12.5", "11.5", "10.5", "8.5"], afterEach);
        Assert.Contains("The invoice says 18 troches", register.Text, StringComparison.Ordinal);
        Assert.Equal(20_000, await app.InDatabaseAsync(db => db.RegisterEntries.Where(e => e.Id == receipt.Id).Select(e => e.Change).SingleAsync()));

        var codes = await app.InDatabaseAsync(db => db.AuditEvents.Where(e => e.PracticeId == practice.PracticeId && (int)e.Code >= 2500 && (int)e.Code < 2600).OrderBy(e => e.Sequence).Select(e => e.Code).ToListAsync());
        Assert.Equal(
            [AuditCode.StockProduct_Added, AuditCode.StorageLocation_Added, AuditCode.StorageLocation_Added, AuditCode.StockReceipt_Recorded, AuditCode.StockWaste_Recorded, AuditCode.Witness_Confirmed,
             AuditCode.StockTransfer_Recorded, AuditCode.StockTransfer_Recorded, AuditCode.StockReturn_Recorded, AuditCode.StockDestruction_Recorded, AuditCode.StockLoss_Recorded,
             AuditCode.RegisterCorrection_Recorded],
            codes);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_clear_message_and_writes_nothing()
    {
        var practice = await app.OwnPracticeAsync();
        var maya = await app.StockedAsync(practice);
        Assert.Equal(HttpStatusCode.Redirect, (await app.ReceiveAsync(maya, practice, "K2231", "2")).StatusCode);
        var willow = await app.BalanceIdAsync(practice, "K2231", "Willow safe");
        var before = await app.RegisterRowsAsync(practice);

        Assert.Contains("The quantity must be more than zero.", await (await app.ReceiveAsync(maya, practice, "K3000", "0")).ErrorsAsync(), StringComparison.Ordinal);
        Assert.Contains("The quantity must be more than zero.", await (await app.ReceiveAsync(maya, practice, "K3000", "-3")).ErrorsAsync(), StringComparison.Ordinal);
        Assert.Contains("Enter the quantity as a number of troches", await (await app.ReceiveAsync(maya, practice, "K3000", "ten")).ErrorsAsync(), StringComparison.Ordinal);
        Assert.Contains("The expiry date is before the day it was received",
            await (await app.ReceiveAsync(maya, practice, "K3000", "10", expires: "2020-01-31")).ErrorsAsync(), StringComparison.Ordinal);
        Assert.Contains("Choose one of the practice's products.", await (await app.ReceiveAsync(maya, practice, "K3000", "10", productId: Guid.NewGuid())).ErrorsAsync(), StringComparison.Ordinal);

        var tooMuch = await maya.SubmitAsync($"/Register/Take/{willow}", "#take", new(await app.WitnessAsync(practice, "sam", "Take.Witness"))
        {
            ["Take.Kind"] = ((int)RegisterEntryKind.Waste).ToString(CultureInfo.InvariantCulture), ["Take.Quantity"] = "2.5", ["Take.Reason"] = "Spilled",
        });
        Assert.Contains("Only 2 troches of lot K2231 are in Willow safe.", await tooMuch.ErrorsAsync(), StringComparison.Ordinal);
        var sameSafe = await maya.SubmitAsync($"/Register/Transfer/{willow}", "#transfer", new()
        {
            ["Transfer.ToLocationId"] = (await app.LocationAsync(practice, "Willow safe")).ToString(), ["Transfer.Quantity"] = "1",
        });
        Assert.Contains("The stock is already in Willow safe: choose another location.", await sameSafe.ErrorsAsync(), StringComparison.Ordinal);
        var noWitness = await maya.SubmitAsync($"/Register/Take/{willow}", "#take", new() { ["Take.Kind"] = ((int)RegisterEntryKind.Destruction).ToString(CultureInfo.InvariantCulture), ["Take.Quantity"] = "1" });
        Assert.Contains("Name the witness to the destruction.", await noWitness.ErrorsAsync(), StringComparison.Ordinal);

        // A lot held at another location (here: another practice's) is not one this form can take from.
        var elsewhere = await app.OwnPracticeAsync();
        var other = await app.StockedAsync(elsewhere);
        Assert.Equal(HttpStatusCode.Redirect, (await app.ReceiveAsync(other, elsewhere, "Z9", "3")).StatusCode);
        var theirs = await app.BalanceIdAsync(elsewhere, "Z9", "Willow safe");
        Assert.Equal(HttpStatusCode.NotFound, (await maya.GetAsync($"/Register/Take/{theirs}")).Status);
        var forged = await maya.PostAsync($"/Register/Take/{theirs}", [new("__RequestVerificationToken", await maya.TokenAsync($"/Register/Take/{willow}")),
            new("Take.Kind", "2"), new("Take.Quantity", "1"), new("Take.Reason", "x"), new("Take.WitnessName", "y")]);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);

        Assert.Equal(before, await app.RegisterRowsAsync(practice));
        Assert.Equal(3_000, await app.InDatabaseAsync(db => db.StockBalances.Where(b => b.Id == theirs).Select(b => b.Balance).SingleAsync()));
    }

    [Fact]
    public async Task An_expired_lot_is_flagged_and_is_not_moved_but_may_still_be_destroyed()
    {
        var practice = await app.OwnPracticeAsync();
        var maya = await app.StockedAsync(practice);
        var twoDaysAgo = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(-2);
        Assert.Equal(HttpStatusCode.Redirect, (await app.ReceiveAsync(maya, practice, "OLD1", "3", expires: twoDaysAgo.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), daysAgo: 2)).StatusCode);
        var willow = await app.BalanceIdAsync(practice, "OLD1", "Willow safe");

        var row = (await maya.GetAsync("/Register")).Document.QuerySelector($"#balances tr[data-balance='{willow}']")!;
        Assert.Contains("Expired", row.TextContent, StringComparison.Ordinal);
        Assert.Null(row.QuerySelector("a[href^='/Register/Transfer']"));
        var before = await app.RegisterRowsAsync(practice);
        var moved = await maya.SubmitAsync($"/Register/Transfer/{willow}", "#transfer", new()
        {
            ["Transfer.ToLocationId"] = (await app.LocationAsync(practice, "Cedar safe")).ToString(), ["Transfer.Quantity"] = "1",
        });
        Assert.Contains("Lot OLD1 expired on", await moved.ErrorsAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await app.RegisterRowsAsync(practice));

        await RegisterStock.TakeAsync(maya, willow, RegisterEntryKind.Destruction, "3", new() { ["Take.WitnessName"] = "Pat Quinn", ["Take.WitnessAuthority"] = "Controlled drugs liaison officer" });
        Assert.Equal(0, await app.InDatabaseAsync(db => db.StockBalances.Where(b => b.Id == willow).Select(b => b.Balance).SingleAsync()));
    }
}

[Collection(SqliteApp.Collection)]
public sealed class RegisterEntriesTests_Sqlite(SqliteApp app) : RegisterEntriesTests(app);

[Collection(PostgresApp.Collection)]
public sealed class RegisterEntriesTests_Postgres(PostgresApp app) : RegisterEntriesTests(app);
