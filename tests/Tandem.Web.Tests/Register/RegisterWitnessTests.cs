using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Audit;
using Tandem.Core.Register;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Register;

public abstract class RegisterWitnessTests(TandemApp app)
{
    [Fact]
    public async Task A_waste_is_witnessed_by_another_member_of_staff_with_their_own_password_which_signs_nobody_in()
    {
        var practice = await app.OwnPracticeAsync();
        var maya = await app.StockedAsync(practice);
        Assert.Equal(HttpStatusCode.Redirect, (await app.ReceiveAsync(maya, practice, "K2231", "10")).StatusCode);
        var willow = await app.BalanceIdAsync(practice, "K2231", "Willow safe");
        var sam = await app.UserIdAsync(practice.Emails["sam"]);
        var before = await app.RegisterRowsAsync(practice);

        Assert.Contains("The witness must be someone other than you.",
            await (await WasteAsync(maya, willow, await app.WitnessAsync(practice, "maya", "Take.Witness"))).ErrorsAsync(), StringComparison.Ordinal);
        Assert.Contains("Choose the witness", await (await WasteAsync(maya, willow, [])).ErrorsAsync(), StringComparison.Ordinal);
        Assert.Contains(Web.Pages.Register.Witnesses.Wrong, await (await WasteAsync(maya, willow, new()
        {
            ["Take.Witness.WitnessId"] = sam.ToString(), ["Take.Witness.Password"] = "not-their-password",
        })).ErrorsAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await app.RegisterRowsAsync(practice));

        // The wrong password was refused and wrote nothing to the register, yet it counts towards Sam's lockout, and is audited.
        Assert.Equal(1, await FailedAsync(sam));
        Assert.Equal(1, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.PracticeId == practice.PracticeId && e.Code == AuditCode.Witness_Refused && e.EntityId == sam.ToString())));

        Assert.Equal(HttpStatusCode.Redirect, (await WasteAsync(maya, willow, await app.WitnessAsync(practice, "sam", "Take.Witness"))).StatusCode);
        var waste = await app.InDatabaseAsync(db => db.RegisterEntries.SingleAsync(e => e.PracticeId == practice.PracticeId && e.Kind == RegisterEntryKind.Waste));
        Assert.Equal((sam, "Sam Lindqvist"), (waste.WitnessId!.Value, waste.WitnessName!));
        Assert.Equal(0, await FailedAsync(sam));
        Assert.Equal(1, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.PracticeId == practice.PracticeId && e.Code == AuditCode.Witness_Confirmed && e.EntityId == sam.ToString())));

        // Maya is still the one signed in at her screen.
        var register = await maya.GetAsync("/Register");
        Assert.Contains("Dr. Maya Okafor", register.Document.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sam Lindqvist", register.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_witness_who_signs_in_with_a_code_gives_it_too_and_wrong_passwords_lock_the_witness_out()
    {
        var practice = await app.OwnPracticeAsync();
        var maya = await app.StockedAsync(practice);
        Assert.Equal(HttpStatusCode.Redirect, (await app.ReceiveAsync(maya, practice, "K2231", "10")).StatusCode);
        var willow = await app.BalanceIdAsync(practice, "K2231", "Willow safe");
        var other = await app.StaffAsync(practice, Roles.Clinician, Roles.Prescriber);
        var prescriber = await app.As(other);

        // Maya signs in with an authenticator: her password alone does not witness.
        var withoutCode = await app.WitnessAsync(practice, "maya", "Take.Witness");
        withoutCode.Remove("Take.Witness.Code");
        Assert.Contains(Web.Pages.Register.Witnesses.Wrong, await (await WasteAsync(prescriber, willow, withoutCode)).ErrorsAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await WasteAsync(prescriber, willow, await app.WitnessAsync(practice, "maya", "Take.Witness"))).StatusCode);

        var sam = await app.UserIdAsync(practice.Emails["sam"]);
        for (var i = 0; i < 5; i++)
        {
            await WasteAsync(maya, willow, new() { ["Take.Witness.WitnessId"] = sam.ToString(), ["Take.Witness.Password"] = $"guess-{i}" });
        }

        Assert.True(await app.InDatabaseAsync(db => db.Users.Where(u => u.Id == sam).Select(u => u.LockoutEnd).SingleAsync()) > DateTimeOffset.UtcNow);
        Assert.Contains("cannot witness now: their sign-in is locked",
            await (await WasteAsync(maya, willow, await app.WitnessAsync(practice, "sam", "Take.Witness"))).ErrorsAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.RegisterEntries.CountAsync(e => e.PracticeId == practice.PracticeId && e.Kind == RegisterEntryKind.Waste)));
    }

    private static Task<HttpResponseMessage> WasteAsync(PageSession session, Guid balance, Dictionary<string, string> witness) =>
        session.SubmitAsync($"/Register/Take/{balance}", "#take", new(witness)
        {
            ["Take.Kind"] = ((int)RegisterEntryKind.Waste).ToString(CultureInfo.InvariantCulture), ["Take.Quantity"] = "0.5", ["Take.Reason"] = "Crumbled when cut",
        });

    private Task<int> FailedAsync(Guid user) => app.InDatabaseAsync(db => db.Users.Where(u => u.Id == user).Select(u => u.AccessFailedCount).SingleAsync());
}

[Collection(SqliteApp.Collection)]
public sealed class RegisterWitnessTests_Sqlite(SqliteApp app) : RegisterWitnessTests(app);

[Collection(PostgresApp.Collection)]
public sealed class RegisterWitnessTests_Postgres(PostgresApp app) : RegisterWitnessTests(app);
