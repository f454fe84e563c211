using System.Net;
using Microsoft.EntityFrameworkCore;
using QRCoder;
using Tandem.Core.Audit;
using Tandem.Web.Pages.Account;
using Tandem.Web.Pages.Account.TwoFactor;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Account;

/// <summary>Setting up an authenticator and signing in with its codes, or with a recovery code, each taken once.</summary>
public abstract class TwoFactorTests(TandemApp app)
{
    /// <summary>The demo prescriber's key, as the README lists it for a person to add to an authenticator app.</summary>
    private const string MayasDemoKey = "TANDEMDEMOKEYFORMAYAOKAFOR234567";

    [Fact]
    public async Task A_person_sets_up_an_authenticator_from_the_QR_code_or_the_key_and_then_signs_in_with_a_code()
    {
        var email = await app.NewStaffAsync();
        var session = await app.SignInAsync(email);
        Assert.NotNull((await session.GetAsync(Enrolment.Url)).Document.QuerySelector("#begin"));

        Assert.Equal(HttpStatusCode.Redirect, (await session.SubmitAsync(Enrolment.Url, "#begin", [])).StatusCode);
        var page = await session.GetAsync(Enrolment.Url);
        var key = Enrolment.KeyShown(page);
        Assert.Matches("^[A-Z2-7]{32}$", key);
        var link = page.Document.QuerySelector("#otpauth")!.GetAttribute("href")!;
        Assert.Equal($"otpauth://totp/Tandem:{Uri.EscapeDataString(email)}?secret={key}&issuer=Tandem&digits=6", link);
        var qr = page.Document.QuerySelector("img#qr")!.GetAttribute("src")!;
        Assert.Equal("data:image/png;base64," + Convert.ToBase64String(PngByteQRCodeHelper.GetQRCode(link, QRCodeGenerator.ECCLevel.M, IndexModel.QrPixelsPerModule)), qr);

        var now = await app.StepWithTimeLeftAsync();
        var confirmed = await session.SubmitAsync(page, Enrolment.Url, "#confirm", new() { ["Input.Code"] = Authenticator.CodeAt(key, now - 1) });
        var codes = new PageSession.Page(confirmed.StatusCode, null, await confirmed.Content.ReadAsStringAsync(), confirmed)
            .Document.QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches("^[A-Z0-9]{5}-[A-Z0-9]{5}$", code));
        var userId = await app.UserIdAsync(email);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.Code == AuditCode.TwoFactor_Enrolled && e.ActorId == userId)));
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/Dashboard")).Status);
        Assert.Empty((await session.GetAsync(Enrolment.Url)).Document.QuerySelectorAll("#recovery-codes li"));

        var (next, password) = await app.PasswordAsync(email);
        Assert.StartsWith(TandemApp.SecondFactor, password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains("/Account/Login", (await next.GetAsync("/Dashboard")).Location, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Enrolment.CodeAsync(next, Authenticator.CodeAt(key, now))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await next.GetAsync("/Dashboard")).Status);
    }

    [Fact]
    public async Task The_demo_prescriber_signs_in_with_a_code_from_the_key_the_README_lists()
    {
        var (session, password) = await app.PasswordAsync(app.Demo.Emails["maya"]);
        Assert.StartsWith(TandemApp.SecondFactor, password.Headers.Location?.OriginalString, StringComparison.Ordinal);

        var code = Authenticator.CodeAt(MayasDemoKey, await app.NextStepAsync(app.Demo.Emails["maya"]));
        Assert.Equal(HttpStatusCode.Redirect, (await Enrolment.CodeAsync(session, code)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/Dashboard")).Status);
    }

    [Fact]
    public async Task Seeding_the_demo_prints_the_key_for_an_authenticator_app()
    {
        var (exitCode, output) = await app.RunCommandAsync(null, "seed-demo");

        Assert.Equal(0, exitCode);
        Assert.Contains($"add the key {MayasDemoKey} to an authenticator app", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_once_taken_is_refused_the_second_time_while_the_next_one_is_taken()
    {
        var email = await app.NewStaffAsync();
        var session = await app.SignInAsync(email);
        var now = await app.StepWithTimeLeftAsync();
        var (key, _) = await app.EnrolAsync(session, email, now - 1);

        var (first, _) = await app.PasswordAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, (await Enrolment.CodeAsync(first, Authenticator.CodeAt(key, now))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/Dashboard")).Status);

        var (second, _) = await app.PasswordAsync(email);
        var reused = await Enrolment.CodeAsync(second, Authenticator.CodeAt(key, now));
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains(SecondFactorModel.FailureMessage, await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("/Account/Login", (await second.GetAsync("/Dashboard")).Location, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await Enrolment.CodeAsync(second, Authenticator.CodeAt(key, now + 1))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/Dashboard")).Status);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var email = await app.NewStaffAsync();
        var (_, codes) = await app.EnrolAsync(await app.SignInAsync(email), email);

        var (session, _) = await app.PasswordAsync(email);
        var used = await Enrolment.CodeAsync(session, codes[3]);
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        var after = await session.GetAsync(used.Headers.Location!.OriginalString);
        Assert.Equal("9", after.Document.QuerySelector("#codes-left")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/Dashboard")).Status);
        var userId = await app.UserIdAsync(email);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.Code == AuditCode.RecoveryCode_Used && e.ActorId == userId)));

        var (again, _) = await app.PasswordAsync(email);
        var refused = await Enrolment.CodeAsync(again, codes[3]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(SecondFactorModel.FailureMessage, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("/Account/Login", (await again.GetAsync("/Dashboard")).Location, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Enrolment.CodeAsync(again, codes[4].ToLowerInvariant())).StatusCode);
    }

    [Fact]
    public async Task Wrong_codes_count_towards_the_same_lockout_as_wrong_passwords_and_a_locked_account_takes_no_code()
    {
        var email = await app.NewStaffAsync();
        var (key, codes) = await app.EnrolAsync(await app.SignInAsync(email), email);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await app.PasswordAsync(email, "not-the-password-" + i)).Response.StatusCode);
        }

        var (session, _) = await app.PasswordAsync(email);
        for (var i = 0; i < 2; i++)
        {
            var wrong = await Enrolment.CodeAsync(session, app.WrongCode(key));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains(SecondFactorModel.FailureMessage, await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await Enrolment.CodeAsync(session, "WRONG-CODE1")).StatusCode);
        Assert.NotNull(await app.InDatabaseAsync(async db => (await db.Users.FindAsync(await app.UserIdAsync(email)))!.LockoutEnd));

        Assert.Equal(HttpStatusCode.OK, (await Enrolment.CodeAsync(session, Authenticator.CodeAt(key, await app.NextStepAsync(email)))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Enrolment.CodeAsync(session, codes[0])).StatusCode);
        Assert.Contains("/Account/Login", (await session.GetAsync("/Dashboard")).Location, StringComparison.Ordinal);
        var (_, withRightPassword) = await app.PasswordAsync(email);
        Assert.Contains(LoginModel.FailureMessage, await withRightPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

[Collection(SqliteApp.Collection)]
public sealed class TwoFactorTests_Sqlite(SqliteApp app) : TwoFactorTests(app);

[Collection(PostgresApp.Collection)]
public sealed class TwoFactorTests_Postgres(PostgresApp app) : TwoFactorTests(app);
