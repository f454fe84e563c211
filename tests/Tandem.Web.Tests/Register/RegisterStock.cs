using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Web.Demo;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Register;

/// <summary>Stock set up through the real forms: a troche product, two safes, and receipts.</summary>
internal static class RegisterStock
{
    public const string Troche = "Ketamine HCl troche 100 mg";

    public static async Task<PageSession> StockedAsync(this TandemApp app, SeededPractice practice)
    {
        var maya = await app.As(practice.Emails["maya"]);
        Assert.Equal(HttpStatusCode.Redirect, (await maya.SubmitAsync("/Register/Stock", "#add-product", new()
        {
            ["Product.Name"] = Troche, ["Product.Form"] = "1", ["Product.MgPerUnit"] = "100",
        })).StatusCode);
        foreach (var safe in new[] { "Willow safe", "Cedar safe" })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await maya.SubmitAsync("/Register/Stock", "#add-location", new() { ["Location.Name"] = safe })).StatusCode);
        }

        return maya;
    }

    public static async Task<HttpResponseMessage> ReceiveAsync(this TandemApp app, PageSession session, SeededPractice practice, string lot, string quantity,
        string location = "Willow safe", string? expires = null, Guid? productId = null, int daysAgo = 1)
    {
        // At least a day back, so that it is never ahead of the practice's today whatever its time zone.
        var received = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(-daysAgo);
        var product = productId ?? await app.InDatabaseAsync(db => db.StockProducts.Where(p => p.PracticeId == practice.PracticeId).Select(p => p.Id).FirstAsync());
        var safe = await app.LocationAsync(practice, location);
        return await session.SubmitAsync("/Register/Receive", "#receipt", new()
        {
            ["Receipt.ProductId"] = product.ToString(), ["Receipt.LocationId"] = safe.ToString(), ["Receipt.LotNumber"] = lot,
            ["Receipt.ExpiresOn"] = expires ?? received.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Receipt.ReceivedOn"] = received.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Receipt.Quantity"] = quantity, ["Receipt.SupplierName"] = "Riverside Compounding Pharmacy",
            ["Receipt.SupplierAddress"] = "12 Mill Lane, Portland OR 97201", ["Receipt.SupplierRegistration"] = "FR1234563", ["Receipt.InvoiceNumber"] = "INV-0042",
        });
    }

    /// <summary>Takes stock out of a lot at a location through the form (waste, return, destruction, loss), which must succeed.</summary>
    public static async Task TakeAsync(PageSession session, Guid balance, Core.Register.RegisterEntryKind kind, string quantity, Dictionary<string, string> details)
    {
        details["Take.Kind"] = ((int)kind).ToString(CultureInfo.InvariantCulture);
        details["Take.Quantity"] = quantity;
        var response = await session.SubmitAsync($"/Register/Take/{balance}", "#take", details);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{kind} answered {(int)response.StatusCode}");
    }

    /// <summary>
    /// A witness's fields as they fill them in at the recorder's screen: who, their own password, and their next sign-in
    /// code if they use two-factor sign-in.
    /// </summary>
    public static async Task<Dictionary<string, string>> WitnessAsync(this TandemApp app, SeededPractice practice, string who, string prefix)
    {
        var email = practice.Emails[who];
        var fields = new Dictionary<string, string> { [$"{prefix}.WitnessId"] = (await app.UserIdAsync(email)).ToString(), [$"{prefix}.Password"] = DemoPractice.Password };
        if (await app.InDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync()))
        {
            fields[$"{prefix}.Code"] = await app.NextCodeAsync(email);
        }

        return fields;
    }

    public static Task<Guid> LocationAsync(this TandemApp app, SeededPractice practice, string name) =>
        app.InDatabaseAsync(db => db.StorageLocations.Where(l => l.PracticeId == practice.PracticeId && l.Name == name).Select(l => l.Id).SingleAsync());

    public static Task<Guid> BalanceIdAsync(this TandemApp app, SeededPractice practice, string lot, string location) =>
        app.InDatabaseAsync(async db =>
        {
            var safe = await db.StorageLocations.Where(l => l.PracticeId == practice.PracticeId && l.Name == location).Select(l => l.Id).SingleAsync();
            var lotId = await db.StockLots.Where(l => l.PracticeId == practice.PracticeId && l.Number == lot).Select(l => l.Id).SingleAsync();
            return await db.StockBalances.Where(b => b.LotId == lotId && b.LocationId == safe).Select(b => b.Id).SingleAsync();
        });

    /// <summary>The register's rows as they stand: every entry and every balance of the practice.</summary>
    public static Task<string> RegisterRowsAsync(this TandemApp app, SeededPractice practice) =>
        app.InDatabaseAsync(async db =>
        {
            var entries = await db.RegisterEntries.Where(e => e.PracticeId == practice.PracticeId).OrderBy(e => e.Id)
                .Select(e => $"{e.Id} {e.Kind} {e.Change} {e.BalanceAfter} {e.Reason} {e.Version}").ToListAsync();
            var balances = await db.StockBalances.Where(b => b.PracticeId == practice.PracticeId).OrderBy(b => b.Id)
                .Select(b => $"{b.Id} {b.Balance} {b.Version}").ToListAsync();
            var lots = await db.StockLots.Where(l => l.PracticeId == practice.PracticeId).OrderBy(l => l.Id).Select(l => $"{l.Id} {l.Number} {l.ExpiresOn}").ToListAsync();
            return string.Join("\n", [.. entries, .. balances, .. lots]);
        });

    /// <summary>What a refused form said, beside its fields and above them.</summary>
    public static async Task<string> ErrorsAsync(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return string.Join(" | ", page.QuerySelectorAll(".error-summary li, .field-error").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
    }
}
