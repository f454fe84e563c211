using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Core.Access;
using Tandem.Data.Identity;
using Tandem.Web.Demo;
using Tandem.Web.Infrastructure.Identity;
using Tandem.Web.Pages.Account;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Account;

public abstract class SignInTests(TandemApp app)
{
    [Fact]
    public async Task A_wrong_password_and_an_unknown_account_get_the_same_answer()
    {
        var wrong = await TryAsync(app.Demo.Emails["sam"], "not-the-password-at-all");
        var unknown = await TryAsync("nobody@demo.tandem.test", "not-the-password-at-all");

        Assert.Equal(HttpStatusCode.OK, wrong.Status);
        Assert.Equal(wrong.Status, unknown.Status);
        Assert.Contains(LoginModel.FailureMessage, wrong.Text, StringComparison.Ordinal);
        Assert.Contains(LoginModel.FailureMessage, unknown.Text, StringComparison.Ordinal);
        Assert.Equal(Without(wrong.Document.QuerySelector("main")!.TextContent), Without(unknown.Document.QuerySelector("main")!.TextContent));
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_for_a_while()
    {
        var email = await app.NewStaffAsync();
        for (var i = 0; i < 5; i++)
        {
            await TryAsync(email, "wrong-password-" + i);
        }

        var withRightPassword = await TryAsync(email, DemoPractice.Password);
        Assert.Equal(HttpStatusCode.OK, withRightPassword.Status);
        Assert.Contains(LoginModel.FailureMessage, withRightPassword.Text, StringComparison.Ordinal);

        var lockoutEnd = await app.InDatabaseAsync(async db => (await db.Users.FindAsync(await app.UserIdAsync(email)))!.LockoutEnd);
        Assert.NotNull(lockoutEnd);
        Assert.InRange(lockoutEnd.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task A_lockout_ends_by_itself_and_the_right_password_then_works()
    {
        var email = await app.NewStaffAsync();
        for (var i = 0; i < 5; i++)
        {
            await TryAsync(email, "wrong-password-" + i);
        }

        Assert.Contains(LoginModel.FailureMessage, (await TryAsync(email, DemoPractice.Password)).Text, StringComparison.Ordinal);
        // Fifteen minutes pass: Identity compares the lockout's end with the wall clock, so the end is moved instead.
        await app.InDatabaseAsync(async db =>
        {
            (await db.Users.FindAsync(await app.UserIdAsync(email)))!.LockoutEnd = DateTimeOffset.UtcNow.AddSeconds(-1);
            return await db.SaveChangesAsync();
        });

        var signedIn = await TryAsync(email, DemoPractice.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
    }

    [Fact]
    public async Task Each_sign_in_issues_a_new_session_cookie()
    {
        var email = await app.NewStaffAsync();
        var first = await SessionCookieAsync(email);
        var second = await SessionCookieAsync(email);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task The_session_cookie_is_host_only_secure_and_hidden_from_scripts()
    {
        var session = app.NewSession();
        var response = await session.SubmitAsync("/Account/Login", "form",
            new() { ["Input.Email"] = await app.NewStaffAsync(), ["Input.Password"] = DemoPractice.Password });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(IdentitySetup.ApplicationCookieName + "=", StringComparison.Ordinal));
        var attributes = cookie.Split(';').Select(a => a.Trim().ToLowerInvariant()).ToList();
        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=lax", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signing_out_ends_the_session_on_the_server_too()
    {
        var session = await app.SignInAsync(await app.NewStaffAsync());
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/Dashboard")).Status);
        var cookieHeader = await CookieHeaderAsync(session);

        var token = (await session.GetAsync("/Dashboard")).Document.QuerySelector("form.signout input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var signOut = await session.PostAsync("/Account/Logout", [new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        using var replay = new HttpRequestMessage(HttpMethod.Get, "/Dashboard");
        replay.Headers.Add("Cookie", cookieHeader);
        var replayed = await app.NewSession().Http.SendAsync(replay);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("https://localhost/Account/Login", replayed.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Passwords_are_hashed_with_a_raised_work_factor()
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PasswordHasherOptions>>().Value;
        Assert.True(options.IterationCount >= 210_000);
        Assert.Equal(PasswordHasherCompatibilityMode.IdentityV3, options.CompatibilityMode);
    }

    private async Task<PageSession.Page> TryAsync(string email, string password)
    {
        var session = app.NewSession();
        var response = await session.SubmitAsync("/Account/Login", "form", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        var html = await response.Content.ReadAsStringAsync();
        return new PageSession.Page(response.StatusCode, null, html, response);
    }

    private async Task<string> SessionCookieAsync(string email)
    {
        var response = await app.NewSession().SubmitAsync("/Account/Login", "form", new() { ["Input.Email"] = email, ["Input.Password"] = DemoPractice.Password });
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(IdentitySetup.ApplicationCookieName + "=", StringComparison.Ordinal)).Split(';')[0];
    }

    private static async Task<string> CookieHeaderAsync(PageSession session)
    {
        using var probe = new HttpRequestMessage(HttpMethod.Get, "/Dashboard");
        var handlerCookies = await session.Http.SendAsync(probe);
        return string.Join("; ", handlerCookies.RequestMessage!.Headers.TryGetValues("Cookie", out var values) ? values : []);
    }

    private static string Without(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

[Collection(SqliteApp.Collection)]
public sealed class SignInTests_Sqlite(SqliteApp app) : SignInTests(app);

[Collection(PostgresApp.Collection)]
public sealed class SignInTests_Postgres(PostgresApp app) : SignInTests(app);
