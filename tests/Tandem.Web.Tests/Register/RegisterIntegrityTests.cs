using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Register;
using Tandem.Web.Demo;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Register;

public abstract class RegisterIntegrityTests(TandemApp app)
{
    [Fact]
    public async Task Two_withdrawals_of_the_last_troche_fired_together_cannot_both_succeed()
    {
        var practice = await app.OwnPracticeAsync();
        var maya = await app.StockedAsync(practice);
        Assert.Equal(HttpStatusCode.Redirect, (await app.ReceiveAsync(maya, practice, "K2231", "1")).StatusCode);
        var willow = await app.BalanceIdAsync(practice, "K2231", "Willow safe");

        // Two windows, each with its own form (and its own entry id), both showing 1 troche; posted at once.
        var sam = await app.UserIdAsync(practice.Emails["sam"]);
        var windows = new[] { await app.SignInAsync(practice.Emails["maya"]), maya };
        var forms = new List<(string Target, List<KeyValuePair<string, string>> Fields)>();
        foreach (var window in windows)
        {
            forms.Add(PageSession.Fill(await window.GetAsync($"/Register/Take/{willow}"), $"/Register/Take/{willow}", "#take", new()
            {
                ["Take.Kind"] = ((int)RegisterEntryKind.Waste).ToString(CultureInfo.InvariantCulture), ["Take.Quantity"] = "1", ["Take.Reason"] = "Dropped", ["Take.Witness.WitnessId"] = sam.ToString(), ["Take.Witness.Password"] = DemoPractice.Password,
            }));
        }

        var answers = await Task.WhenAll(windows.Select((w, i) => w.PostAsync(forms[i].Target, forms[i].Fields)));
        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Redirect));
        var refused = answers.Single(a => a.StatusCode != HttpStatusCode.Redirect);
        Assert.Contains("Only 0 troches of lot K2231 are in Willow safe.", await refused.ErrorsAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.StockBalances.Where(b => b.Id == willow).Select(b => b.Balance).SingleAsync()));
        Assert.Equal(1, await app.InDatabaseAsync(db => db.RegisterEntries.CountAsync(e => e.PracticeId == practice.PracticeId && e.Kind == RegisterEntryKind.Waste)));

        // Whatever the code above it does, the database itself keeps a balance at zero or above.
        await Assert.ThrowsAnyAsync<Exception>(() => app.InDatabaseAsync(db =>
            db.StockBalances.Where(b => b.Id == willow).ExecuteUpdateAsync(s => s.SetProperty(b => b.Balance, -1L))));
        Assert.Equal(0, await app.InDatabaseAsync(db => db.StockBalances.Where(b => b.Id == willow).Select(b => b.Balance).SingleAsync()));
    }

    [Fact]
    public async Task Nothing_in_the_register_is_edited_or_deleted_and_a_form_posted_twice_records_once()
    {
        var practice = await app.OwnPracticeAsync();
        var maya = await app.StockedAsync(practice);
        Assert.Equal(HttpStatusCode.Redirect, (await app.ReceiveAsync(maya, practice, "K2231", "10")).StatusCode);
        var willow = await app.BalanceIdAsync(practice, "K2231", "Willow safe");
        var receipt = await app.InDatabaseAsync(db => db.RegisterEntries.Where(e => e.PracticeId == practice.PracticeId).Select(e => e.Id).SingleAsync());

        var form = PageSession.Fill(await maya.GetAsync($"/Register/Take/{willow}"), $"/Register/Take/{willow}", "#take", new()
        {
            ["Take.Kind"] = ((int)RegisterEntryKind.Waste).ToString(CultureInfo.InvariantCulture), ["Take.Quantity"] = "0.5", ["Take.Reason"] = "Left over", ["Take.Witness.WitnessId"] = (await app.UserIdAsync(practice.Emails["sam"])).ToString(), ["Take.Witness.Password"] = DemoPractice.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, (await maya.PostAsync(form.Target, form.Fields)).StatusCode);
        var before = await app.RegisterRowsAsync(practice);

        Assert.Contains("This entry is already in the register.", await (await maya.PostAsync(form.Target, form.Fields)).ErrorsAsync(), StringComparison.Ordinal);
        var token = await maya.TokenAsync("/Register");
        foreach (var forged in new[]
        {
            $"/Register?handler=Delete", $"/Register?handler=Edit", $"/Register/Correct/{receipt}?handler=Delete", $"/Register/Correct/{Guid.NewGuid()}",
            $"/Register/Take/{Guid.NewGuid()}", $"/Register/Transfer/{Guid.NewGuid()}",
        })
        {
            var answer = await maya.PostAsync(forged, [new("__RequestVerificationToken", token), new("id", receipt.ToString()), new("Correction.Quantity", "1"),
                new("Correction.Reason", "forged"), new("Take.Kind", "2"), new("Take.Quantity", "9"), new("Take.Reason", "forged"), new("Take.WitnessName", "x")]);
            Assert.True(answer.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"{forged} answered {(int)answer.StatusCode}");
        }

        Assert.Equal(before, await app.RegisterRowsAsync(practice));
        Assert.Equal(9_500, await app.InDatabaseAsync(db => db.StockBalances.Where(b => b.Id == willow).Select(b => b.Balance).SingleAsync()));
    }

    [Fact]
    public async Task The_admin_sees_the_register_without_clinical_content_and_only_prescribers_record_in_it()
    {
        var practice = await app.OwnPracticeAsync();
        var maya = await app.StockedAsync(practice);
        Assert.Equal(HttpStatusCode.Redirect, (await app.ReceiveAsync(maya, practice, "K2231", "10")).StatusCode);
        var before = await app.RegisterRowsAsync(practice);

        var admin = await app.As(practice.Emails["admin"]);
        var seen = await admin.GetAsync("/Register");
        Assert.Equal(HttpStatusCode.OK, seen.Status);
        Assert.Contains("K2231", seen.Document.QuerySelector("#balances")!.TextContent, StringComparison.Ordinal);
        var clients = await app.InDatabaseAsync(db => db.Clients.Where(c => c.PracticeId == practice.PracticeId).Select(c => c.FirstName + " " + c.LastName).ToListAsync());
        Assert.NotEmpty(clients);
        Assert.All(clients, name => Assert.DoesNotContain(name, seen.Html, StringComparison.Ordinal));
        Assert.DoesNotContain("/Register/Receive", seen.Html, StringComparison.Ordinal);

        // The prescriber is shown the receipt form; the admin, a clinician who is not a prescriber and a client are not.
        Assert.Equal(HttpStatusCode.OK, (await maya.GetAsync("/Register/Receive")).Status);
        var sam = await app.As(practice.Emails["sam"]);
        foreach (var (who, session) in new[] { ("admin", admin), ("sam", sam), ("jordan", await app.As(practice.Emails["jordan"])) })
        {
            Assert.True((await session.GetAsync("/Register/Receive")).Status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, who);
        }

        Assert.True((await (await app.As(practice.Emails["jordan"])).GetAsync("/Register")).Status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden);
        Assert.True((await sam.GetAsync("/Register")).Status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden);

        var forged = await sam.PostAsync("/Register/Receive", [new("__RequestVerificationToken", await sam.TokenAsync("/Settings")),
            new("Receipt.ProductId", (await app.InDatabaseAsync(db => db.StockProducts.Where(p => p.PracticeId == practice.PracticeId).Select(p => p.Id).SingleAsync())).ToString()),
            new("Receipt.LocationId", (await app.LocationAsync(practice, "Willow safe")).ToString()), new("Receipt.LotNumber", "K2231"), new("Receipt.Quantity", "5")]);
        Assert.NotEqual(HttpStatusCode.Redirect, forged.StatusCode);
        Assert.Equal(before, await app.RegisterRowsAsync(practice));
    }
}

[Collection(SqliteApp.Collection)]
public sealed class RegisterIntegrityTests_Sqlite(SqliteApp app) : RegisterIntegrityTests(app);

[Collection(PostgresApp.Collection)]
public sealed class RegisterIntegrityTests_Postgres(PostgresApp app) : RegisterIntegrityTests(app);
