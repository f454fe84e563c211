using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Audit;
using Tandem.Core.Register;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Register;

public abstract class RegisterCountTests(TandemApp app)
{
    [Fact]
    public async Task A_count_that_agrees_with_the_book_is_recorded_and_the_weekly_count_is_no_longer_due()
    {
        var practice = await app.OwnPracticeAsync();
        var maya = await app.StockedAsync(practice);
        Assert.Equal(HttpStatusCode.Redirect, (await app.ReceiveAsync(maya, practice, "K2231", "20")).StatusCode);
        var willow = await app.BalanceIdAsync(practice, "K2231", "Willow safe");
        var stale = await maya.GetAsync("/Register/Stock");
        await RegisterCount.RequireWeeklyCountsAsync(maya);
        var refused = await maya.SubmitAsync(stale, "/Register/Stock", "#required-counts", new() { ["requiredCounts"] = "4" });
        Assert.Contains("changed since you opened this page: the counts required are weekly count", await refused.ErrorsAsync(), StringComparison.Ordinal);
        Assert.Equal(CountKind.Weekly, await app.InDatabaseAsync(db => db.RegisterSettings.Where(r => r.PracticeId == practice.PracticeId).Select(r => r.RequiredCounts).SingleAsync()));

        var due = (await maya.GetAsync("/Dashboard")).Document.QuerySelector("#register-counts")!;
        Assert.Contains("Weekly count due: Willow safe", due.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Cedar safe", due.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await app.CountAsync(maya, practice, "Willow safe", new() { [willow] = "20" })).StatusCode);

        var line = await app.InDatabaseAsync(db => db.StockCountLines.Where(l => l.PracticeId == practice.PracticeId).SingleAsync());
        Assert.Equal((20_000, 20_000, (string?)null), (line.Found, line.BookBalance, line.Reason));
        var count = await app.InDatabaseAsync(db => db.StockCounts.Where(c => c.Id == line.CountId).SingleAsync());
        Assert.Equal(CountKind.Weekly, count.Kind);
        Assert.Null(count.WitnessName);
        Assert.Contains(AuditCode.StockCount_Recorded, await app.InDatabaseAsync(db => db.AuditEvents.Where(e => e.PracticeId == practice.PracticeId).Select(e => e.Code).ToListAsync()));
        Assert.Null((await maya.GetAsync("/Dashboard")).Document.QuerySelector("#register-counts"));
        Assert.Equal(20_000, await app.InDatabaseAsync(db => db.StockBalances.Where(b => b.Id == willow).Select(b => b.Balance).SingleAsync()));
    }

    [Fact]
    public async Task A_difference_without_a_reason_and_a_witness_is_refused_and_writes_nothing()
    {
        var practice = await app.OwnPracticeAsync();
        var maya = await app.StockedAsync(practice);
        Assert.Equal(HttpStatusCode.Redirect, (await app.ReceiveAsync(maya, practice, "K2231", "20")).StatusCode);
        var willow = await app.BalanceIdAsync(practice, "K2231", "Willow safe");
        var before = await app.RegisterRowsAsync(practice);

        var bare = await (await app.CountAsync(maya, practice, "Willow safe", new() { [willow] = "19" })).ErrorsAsync();
        Assert.Contains("Say why lot K2231 differs from the book.", bare, StringComparison.Ordinal);
        Assert.Contains("Choose the witness: another member of staff who saw it.", bare, StringComparison.Ordinal);
        Assert.Contains("Choose the witness: another member of staff who saw it.", await (await app.CountAsync(maya, practice, "Willow safe", new() { [willow] = "19" }, reason: "One troche missing")).ErrorsAsync(), StringComparison.Ordinal);
        Assert.Contains("Enter what was found as a number of troches", await (await app.CountAsync(maya, practice, "Willow safe", new() { [willow] = "nineteen" })).ErrorsAsync(), StringComparison.Ordinal);
        Assert.Contains("Enter what was found", await (await app.CountAsync(maya, practice, "Willow safe", new() { [willow] = "" })).ErrorsAsync(), StringComparison.Ordinal);

        Assert.Equal(0, await app.InDatabaseAsync(db => db.StockCounts.CountAsync(c => c.PracticeId == practice.PracticeId)));
        Assert.Equal(0, await app.InDatabaseAsync(db => db.StockCountLines.CountAsync(c => c.PracticeId == practice.PracticeId)));
        Assert.Equal(before, await app.RegisterRowsAsync(practice));
    }

    [Fact]
    public async Task A_difference_stays_flagged_beside_the_book_balance_until_a_prescribers_adjusting_entry_resolves_it()
    {
        var practice = await app.OwnPracticeAsync();
        var maya = await app.StockedAsync(practice);
        Assert.Equal(HttpStatusCode.Redirect, (await app.ReceiveAsync(maya, practice, "K2231", "20")).StatusCode);
        var willow = await app.BalanceIdAsync(practice, "K2231", "Willow safe");
        Assert.Equal(HttpStatusCode.Redirect,
            (await app.CountAsync(maya, practice, "Willow safe", new() { [willow] = "19" }, reason: "One troche missing", witness: "sam")).StatusCode);
        var line = await app.OpenLineAsync(practice);

        var row = (await maya.GetAsync("/Register")).Document.QuerySelector($"#balances tr[data-balance='{willow}']")!;
        Assert.Equal("20 troches", row.QuerySelector(".units")!.TextContent.Trim());
        Assert.Contains("Count difference open: 19 troches found", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Count difference open", (await maya.GetAsync("/Dashboard")).Document.QuerySelector("#register-counts")!.TextContent, StringComparison.Ordinal);

        // A custodian counts but does not resolve: the adjusting entry is a prescriber's.
        var custodian = await app.StaffAsync(practice, Roles.Clinician);
        await app.NameCustodianAsync(practice, custodian);
        var custodianSession = await app.SignInAsync(custodian);
        Assert.Equal(HttpStatusCode.OK, (await custodianSession.GetAsync("/Register")).Status);
        Assert.True((await custodianSession.GetAsync($"/Register/Adjust/{line}")).Status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden);
        var adjustPage = await maya.GetAsync($"/Register/Adjust/{line}");
        Assert.Contains("One troche missing", adjustPage.Text, StringComparison.Ordinal);
        Assert.Contains("Sam Lindqvist", adjustPage.Text, StringComparison.Ordinal);

        Assert.Contains("Say how the difference was resolved.", await (await maya.SubmitAsync($"/Register/Adjust/{line}", "#adjust", new() { ["Adjustment.Reason"] = "" })).ErrorsAsync(), StringComparison.Ordinal);
        Assert.Equal(20_000, await app.InDatabaseAsync(db => db.StockBalances.Where(b => b.Id == willow).Select(b => b.Balance).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await maya.SubmitAsync($"/Register/Adjust/{line}", "#adjust", new()
        {
            ["Adjustment.Reason"] = "Not found after a search; reported to the accountable officer",
        })).StatusCode);

        var adjustment = await app.InDatabaseAsync(db => db.RegisterEntries.Where(e => e.PracticeId == practice.PracticeId && e.Kind == RegisterEntryKind.CountAdjustment).SingleAsync());
        Assert.Equal((-1_000L, 19_000L, (Guid?)line), (adjustment.Change, adjustment.BalanceAfter, adjustment.CountLineId));
        Assert.Equal(19_000, await app.InDatabaseAsync(db => db.StockBalances.Where(b => b.Id == willow).Select(b => b.Balance).SingleAsync()));
        var register = await maya.GetAsync("/Register");
        row = register.Document.QuerySelector($"#balances tr[data-balance='{willow}']")!;
        Assert.Equal("19 troches", row.QuerySelector(".units")!.TextContent.Trim());
        Assert.DoesNotContain("Count difference open", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Not found after a search", register.Text, StringComparison.Ordinal);
        Assert.Null((await maya.GetAsync("/Dashboard")).Document.QuerySelector("#register-counts"));

        // Resolved once: the line cannot be adjusted again, by the form or behind its back (the database refuses a second entry naming it).
        Assert.Equal(HttpStatusCode.NotFound, (await maya.GetAsync($"/Register/Adjust/{line}")).Status);
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => app.InDatabaseAsync(async db =>
        {
            db.RegisterEntries.Add(new RegisterEntry
            {
                PracticeId = practice.PracticeId, Kind = RegisterEntryKind.CountAdjustment, LotId = adjustment.LotId, LocationId = adjustment.LocationId, OccurredOn = adjustment.OccurredOn,
                RecordedAt = adjustment.RecordedAt, RecordedById = adjustment.RecordedById, Change = -1_000, BalanceAfter = 18_000, CountLineId = line,
            });
            return await db.SaveChangesAsync();
        }));
        var codes = await app.InDatabaseAsync(db => db.AuditEvents.Where(e => e.PracticeId == practice.PracticeId && (int)e.Code >= 2530 && (int)e.Code < 2550).OrderBy(e => e.Sequence).Select(e => e.Code).ToListAsync());
        Assert.Equal([AuditCode.StockCount_Recorded, AuditCode.RegisterCustodian_Named, AuditCode.CountAdjustment_Recorded], codes);
    }
}

[Collection(SqliteApp.Collection)]
public sealed class RegisterCountTests_Sqlite(SqliteApp app) : RegisterCountTests(app);

[Collection(PostgresApp.Collection)]
public sealed class RegisterCountTests_Postgres(PostgresApp app) : RegisterCountTests(app);
