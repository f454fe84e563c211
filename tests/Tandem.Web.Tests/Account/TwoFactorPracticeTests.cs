using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Core.Audit;
using Tandem.Core.Practices;
using Tandem.Data.Identity;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Account;

/// <summary>The practice's requirement of two-factor sign-in for its staff, and what neither a password reset nor an admin gets round.</summary>
public abstract partial class TwoFactorPracticeTests(TandemApp app)
{
    private const string Requirement = "/Settings/StaffSignIn";
    private const string MayasDemoKey = "TANDEMDEMOKEYFORMAYAOKAFOR234567";

    [Fact]
    public async Task A_new_practice_requires_two_factor_sign_in_of_its_staff_and_the_demo_practice_does_not()
    {
        var (added, optedOut) = (NewPractice(), NewPractice());
        optedOut.RequiresStaffTwoFactor = false;
        await app.InDatabaseAsync(db =>
        {
            db.Practices.AddRange(added, optedOut);
            return db.SaveChangesAsync();
        });

        var required = await app.InDatabaseAsync(db => db.Practices.AsNoTracking()
            .Where(p => p.Id == added.Id || p.Id == optedOut.Id || p.Id == app.Demo.PracticeId)
            .ToDictionaryAsync(p => p.Id, p => p.RequiresStaffTwoFactor));
        Assert.True(required[added.Id]);
        Assert.False(required[optedOut.Id]);
        Assert.False(required[app.Demo.PracticeId]);
    }

    [Fact]
    public async Task Once_the_practice_requires_it_a_staff_member_without_it_is_sent_to_set_it_up_and_reaches_nothing_else()
    {
        var practice = await app.OwnPracticeAsync();
        var open = await app.SignInAsync(practice.Emails["sam"]);
        Assert.Equal(HttpStatusCode.OK, (await open.GetAsync("/Dashboard")).Status);

        await RequireAsync(practice.Emails["admin"], true);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.PracticeId == practice.PracticeId && e.Code == AuditCode.StaffTwoFactor_Required)));

        var sam = await app.SignInAsync(practice.Emails["sam"]);
        foreach (var session in new[] { open, sam })
        {
            foreach (var url in new[] { "/Dashboard", $"/Cases/{practice.Cases["couple"]}", "/Settings" })
            {
                var sent = await session.GetAsync(url);
                Assert.Equal(HttpStatusCode.Redirect, sent.Status);
                Assert.Equal(Enrolment.Url, sent.Location);
            }
        }

        Assert.NotNull((await sam.GetAsync(Enrolment.Url)).Document.QuerySelector("#begin"));
        await app.EnrolAsync(sam, practice.Emails["sam"]);
        Assert.Equal(HttpStatusCode.OK, (await sam.GetAsync("/Dashboard")).Status);

        Assert.Equal(HttpStatusCode.OK, (await (await app.SignInAsync(practice.Emails["maya"])).GetAsync("/Dashboard")).Status);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignInAsync(practice.Emails["jordan"])).GetAsync("/Portal")).Status);
    }

    [Fact]
    public async Task Turning_the_requirement_off_is_recorded_and_warns_the_admin_on_their_pages_until_it_is_on_again()
    {
        var practice = await app.OwnPracticeAsync();
        var admin = await app.SignInAsync(practice.Emails["admin"]);
        await app.EnrolAsync(admin, practice.Emails["admin"]);
        var sam = await app.SignInAsync(practice.Emails["sam"]);
        Assert.All(await WarningsAsync(admin), warning => Assert.NotNull(warning));

        await RequireAsync(practice.Emails["admin"], true);
        Assert.All(await WarningsAsync(admin), warning => Assert.Null(warning));

        await RequireAsync(practice.Emails["admin"], false);
        var adminId = await app.UserIdAsync(practice.Emails["admin"]);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e =>
            e.PracticeId == practice.PracticeId && e.Code == AuditCode.StaffTwoFactor_NotRequired && e.ActorId == adminId)));
        Assert.All(await WarningsAsync(admin), warning => Assert.Contains("not required", warning!.TextContent, StringComparison.Ordinal));
        Assert.Null((await sam.GetAsync("/Dashboard")).Document.QuerySelector("#two-factor-off"));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync(practice.Emails["maya"])).GetAsync(Requirement)).Status);
    }

    [Fact]
    public async Task A_password_reset_still_asks_for_the_code()
    {
        var practice = await app.OwnPracticeAsync();
        var maya = practice.Emails["maya"];
        await app.NewSession().SubmitAsync("/Account/ForgotPassword", "#forgot", new() { ["Input.Email"] = maya });
        var link = new Uri(ResetLink().Match(Assert.Single(app.To(maya)).TextBody ?? "").Value).PathAndQuery;
        var visitor = app.NewSession();
        const string newPassword = "a river of quiet stones";

        Assert.Equal(HttpStatusCode.Redirect, (await visitor.SubmitAsync(link, "#reset", new() { ["Input.Password"] = newPassword, ["Input.ConfirmPassword"] = newPassword })).StatusCode);
        Assert.Contains("/Account/Login", (await visitor.GetAsync("/Dashboard")).Location, StringComparison.Ordinal);

        var (session, password) = await app.PasswordAsync(maya, newPassword);
        Assert.StartsWith(TandemApp.SecondFactor, password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains("/Account/Login", (await session.GetAsync("/Dashboard")).Location, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Enrolment.CodeAsync(session, Authenticator.CodeAt(MayasDemoKey, await app.NextStepAsync(maya)))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/Dashboard")).Status);
    }

    [Fact]
    public async Task An_admin_resets_a_staff_members_authenticator_which_ends_their_sessions_and_is_recorded()
    {
        var practice = await app.OwnPracticeAsync();
        var maya = await app.SignInAsync(practice.Emails["maya"]);
        Assert.Equal(HttpStatusCode.OK, (await maya.GetAsync("/Dashboard")).Status);
        var admin = await app.SignInAsync(practice.Emails["admin"]);
        var staff = await admin.GetAsync("/Admin/Staff");
        Assert.Contains("Set up", Row(staff, "Maya").TextContent, StringComparison.Ordinal);

        var reset = await admin.SubmitAsync(staff, "/Admin/Staff", ResetForm(staff, "Maya"), []);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Contains("/Account/Login", (await maya.GetAsync("/Dashboard")).Location, StringComparison.Ordinal);
        var mayaId = await app.UserIdAsync(practice.Emails["maya"]);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e =>
            e.Code == AuditCode.TwoFactor_ResetByAdmin && e.EntityId == mayaId.ToString() && e.PracticeId == practice.PracticeId)));
        Assert.Contains("Not set up", Row(await admin.GetAsync("/Admin/Staff"), "Maya").TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await RecoveryCodesAsync(practice.Emails["maya"]));

        var (again, password) = await app.PasswordAsync(practice.Emails["maya"]);
        Assert.Equal("/", password.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await again.SubmitAsync(Enrolment.Url, "#begin", [])).StatusCode);
        Assert.NotEqual(MayasDemoKey, Enrolment.KeyShown(await again.GetAsync(Enrolment.Url)));
    }

    [Fact]
    public async Task Only_an_admin_of_the_same_practice_resets_an_authenticator_and_never_their_own()
    {
        var practice = await app.OwnPracticeAsync();
        var admin = await app.SignInAsync(practice.Emails["admin"]);
        await app.EnrolAsync(admin, practice.Emails["admin"]);
        var token = await admin.TokenAsync("/Admin/Staff");
        var mayaId = await app.UserIdAsync(practice.Emails["maya"]);

        Assert.Null(Row(await admin.GetAsync("/Admin/Staff"), "Riley").QuerySelector("form[action*='ResetAuthenticator']"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/Admin/Staff?handler=ResetAuthenticator&id={await app.UserIdAsync(practice.Emails["admin"])}", [new("__RequestVerificationToken", token)])).StatusCode);
        var elsewhere = await app.As(app.Other.Emails["admin"]);
        var theirToken = await elsewhere.TokenAsync("/Admin/Staff");
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.PostAsync($"/Admin/Staff?handler=ResetAuthenticator&id={mayaId}", [new("__RequestVerificationToken", theirToken)])).StatusCode);
        Assert.True(await app.InDatabaseAsync(db => db.Users.Where(u => u.Id == mayaId).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    private async Task RequireAsync(string adminEmail, bool required)
    {
        var admin = await app.SignInAsync(adminEmail);
        var response = await admin.SubmitAsync(Requirement, "#requirement", new() { ["Input.Required"] = required ? "true" : "false" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The warning on the admin's staff page and settings, in that order.</summary>
    private static async Task<AngleSharp.Dom.IElement?[]> WarningsAsync(PageSession admin) =>
        [(await admin.GetAsync("/Admin/Staff")).Document.QuerySelector("#two-factor-off"), (await admin.GetAsync("/Settings")).Document.QuerySelector("#two-factor-off")];

    private async Task<int> RecoveryCodesAsync(string email)
    {
        var count = -1;
        await app.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<TandemUser>>();
            count = await users.CountRecoveryCodesAsync((await users.FindByEmailAsync(email))!);
        });
        return count;
    }

    private static AngleSharp.Dom.IElement Row(PageSession.Page page, string name) =>
        page.Document.QuerySelectorAll("#staff tbody tr").Single(r => r.TextContent.Contains(name, StringComparison.Ordinal));

    private static string ResetForm(PageSession.Page page, string name) =>
        $"#staff form[action='{Row(page, name).QuerySelector("form[action*='ResetAuthenticator']")!.GetAttribute("action")}']";

    private static Practice NewPractice()
    {
        var slug = "n" + Guid.NewGuid().ToString("N")[..12];
        return new Practice { Slug = slug, Name = $"Practice {slug}", TimeZoneId = "UTC" };
    }

    [GeneratedRegex(@"https?://\S+/Account/Reset/\S+")]
    private static partial Regex ResetLink();
}

[Collection(SqliteApp.Collection)]
public sealed class TwoFactorPracticeTests_Sqlite(SqliteApp app) : TwoFactorPracticeTests(app);

[Collection(PostgresApp.Collection)]
public sealed class TwoFactorPracticeTests_Postgres(PostgresApp app) : TwoFactorPracticeTests(app);
