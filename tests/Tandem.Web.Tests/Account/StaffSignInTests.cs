using System.Net;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Account;

public abstract class StaffSignInTests(TandemApp app)
{
    private const string Url = "/Admin/Staff";

    [Fact]
    public async Task Turning_a_persons_sign_in_off_ends_their_open_sessions_until_it_is_turned_on_again()
    {
        var practice = await app.OwnPracticeAsync();
        var sam = await app.SignInAsync(practice.Emails["sam"]);
        Assert.Equal(HttpStatusCode.OK, (await sam.GetAsync("/Dashboard")).Status);
        var admin = await app.As(practice.Emails["admin"]);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(Url, FormFor("Turn sign-in off", await admin.GetAsync(Url), "Sam"), [])).StatusCode);
        var ended = await sam.GetAsync("/Dashboard");
        Assert.Equal(HttpStatusCode.Redirect, ended.Status);
        Assert.Contains("/Account/Login", ended.Location, StringComparison.Ordinal);
        var refused = await app.NewSession().SubmitAsync("/Account/Login", "form", new() { ["Input.Email"] = practice.Emails["sam"], ["Input.Password"] = Demo.DemoPractice.Password });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Turned off", (await admin.GetAsync(Url)).Document.QuerySelector("#staff")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(Url, FormFor("Turn sign-in on", await admin.GetAsync(Url), "Sam"), [])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignInAsync(practice.Emails["sam"])).GetAsync("/Dashboard")).Status);
    }

    [Fact]
    public async Task Only_an_admin_of_the_same_practice_can_turn_sign_in_off_and_never_their_own()
    {
        var practice = await app.OwnPracticeAsync();
        var admin = await app.As(practice.Emails["admin"]);
        var page = await admin.GetAsync(Url);
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var samId = await app.UserIdAsync(practice.Emails["sam"]);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"{Url}?handler=TurnOff&id={await app.UserIdAsync(practice.Emails["admin"])}", [new("__RequestVerificationToken", token)])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"{Url}?handler=TurnOff&id={await app.UserIdAsync(app.Other.Emails["sam"])}", [new("__RequestVerificationToken", token)])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"{Url}?handler=TurnOff&id={await app.UserIdAsync(practice.Emails["jordan"])}", [new("__RequestVerificationToken", token)])).StatusCode);
        var elsewhere = await app.As(app.Other.Emails["admin"]);
        var theirToken = (await elsewhere.GetAsync(Url)).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.PostAsync($"{Url}?handler=TurnOff&id={samId}", [new("__RequestVerificationToken", theirToken)])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As(practice.Emails["maya"])).GetAsync(Url)).Status);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignInAsync(practice.Emails["sam"])).GetAsync("/Dashboard")).Status);
    }

    private static string FormFor(string button, PageSession.Page page, string name)
    {
        var row = page.Document.QuerySelectorAll("#staff tbody tr").Single(r => r.TextContent.Contains(name, StringComparison.Ordinal));
        var action = row.QuerySelector("form")!.GetAttribute("action")!;
        Assert.Contains(button, row.QuerySelector("form button")!.TextContent, StringComparison.Ordinal);
        return $"#staff form[action='{action}']";
    }
}

[Collection(SqliteApp.Collection)]
public sealed class StaffSignInTests_Sqlite(SqliteApp app) : StaffSignInTests(app);

[Collection(PostgresApp.Collection)]
public sealed class StaffSignInTests_Postgres(PostgresApp app) : StaffSignInTests(app);
