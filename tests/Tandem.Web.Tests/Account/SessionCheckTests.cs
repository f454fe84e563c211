using System.Net;
using Tandem.Core.Access;
using Tandem.Web.Demo;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Account;

/// <summary>
/// A signed-in request checks its session without asking the database, yet whatever changes a person's sign-in or
/// roles is in force from their next request, in every session they have open.
/// </summary>
public abstract class SessionCheckTests(TandemApp app)
{
    public enum AccountChange
    {
        PasswordChanged,
        AuthenticatorReset,
        SignedOutEverywhere,
    }

    [Fact]
    public async Task A_signed_in_page_with_no_database_work_sends_no_sql()
    {
        var session = await app.SignInAsync(await app.NewStaffAsync());
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/Account/Login")).Status);

        app.Sql.Reset();
        for (var i = 0; i < 5; i++)
        {
            var page = await session.GetAsync("/Account/Login");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.NotNull(page.Document.QuerySelector("form.signout"));
        }

        Assert.Equal(0, app.Sql.Count);
    }

    [Fact]
    public async Task A_role_given_or_taken_is_in_force_from_the_next_request_in_every_open_session()
    {
        var email = await app.NewStaffAsync();
        PageSession[] sessions = [await app.SignInAsync(email), await app.SignInAsync(email)];
        foreach (var session in sessions)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync("/Admin/Staff")).Status);
            Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/Dashboard")).Status);
        }

        await app.ChangeAccountAsync(email, (users, user) => users.AddToRoleAsync(user, Roles.PracticeAdmin));
        foreach (var session in sessions)
        {
            var staff = await session.GetAsync("/Admin/Staff");
            Assert.Equal(HttpStatusCode.OK, staff.Status);
            Assert.Contains("Sam Lindqvist", staff.Document.QuerySelector("#staff")!.TextContent, StringComparison.Ordinal);
        }

        await app.ChangeAccountAsync(email, (users, user) => users.RemoveFromRolesAsync(user, [Roles.PracticeAdmin, Roles.Clinician]));
        foreach (var session in sessions)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync("/Admin/Staff")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync("/Dashboard")).Status);
        }
    }

    [Theory]
    [InlineData(AccountChange.PasswordChanged)]
    [InlineData(AccountChange.AuthenticatorReset)]
    [InlineData(AccountChange.SignedOutEverywhere)]
    public async Task A_change_to_how_a_person_signs_in_ends_their_open_sessions_at_the_next_request(AccountChange change)
    {
        var email = await app.NewStaffAsync();
        PageSession[] sessions = [await app.SignInAsync(email), await app.SignInAsync(email)];
        foreach (var session in sessions)
        {
            Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/Dashboard")).Status);
        }

        await app.ChangeAccountAsync(email, (users, user) => change switch
        {
            AccountChange.PasswordChanged => users.ChangePasswordAsync(user, DemoPractice.Password, "a river of quiet stones"),
            AccountChange.AuthenticatorReset => users.ResetAuthenticatorKeyAsync(user),
            _ => users.UpdateSecurityStampAsync(user),
        });
        foreach (var session in sessions)
        {
            var ended = await session.GetAsync("/Dashboard");
            Assert.Equal(HttpStatusCode.Redirect, ended.Status);
            Assert.Contains("/Account/Login", ended.Location, StringComparison.Ordinal);
        }
    }
}

[Collection(SqliteApp.Collection)]
public sealed class SessionCheckTests_Sqlite(SqliteApp app) : SessionCheckTests(app);

[Collection(PostgresApp.Collection)]
public sealed class SessionCheckTests_Postgres(PostgresApp app) : SessionCheckTests(app);
