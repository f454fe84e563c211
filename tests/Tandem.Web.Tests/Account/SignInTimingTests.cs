using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Tandem.Core.Access;
using Tandem.Data;
using Tandem.Data.Identity;
using Tandem.Web.Infrastructure.Email;
using Tandem.Web.Pages.Account;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Account;

/// <summary>Whether an address has an account, or is locked out, must not show in how long the answer takes.</summary>
public abstract class SignInTimingTests(TandemApp app)
{
    private const int Rounds = 9;

    [Fact]
    public Task Sign_in_takes_as_long_for_an_unknown_or_locked_out_address_as_for_a_wrong_password() => SignInTimesAlikeAsync(app);

    /// <summary>A wrong password also saves the account's failed count; on a busy or slow disk that write outlasts the hash.</summary>
    [Fact]
    public async Task Sign_in_takes_as_long_for_an_unknown_or_locked_out_address_as_for_a_wrong_password_when_saving_is_slow()
    {
        await using var slowDisk = app.WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.ConfigureDbContext<TandemDbContext>(options => options.AddInterceptors(new SlowSaving(TimeSpan.FromMilliseconds(300))))));
        await SignInTimesAlikeAsync(slowDisk);
    }

    private async Task SignInTimesAlikeAsync(WebApplicationFactory<Program> host)
    {
        var known = await app.StaffAsync(app.Demo, Roles.Clinician);
        var locked = await app.StaffAsync(app.Demo, Roles.Clinician);
        await WithUserAsync(locked, (users, user) => users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddHours(1)));
        var attempts = await Task.WhenAll(new[] { known, $"nobody-{Guid.NewGuid():N}@demo.tandem.test", locked }
            .Select(email => SignInAttemptAsync(host, email)));

        // The wrong password is forgiven before each round, so the known account never locks during the test.
        var medians = await Timing.MediansAsync(Rounds, () => WithUserAsync(known, (users, user) => users.ResetAccessFailedCountAsync(user)), attempts);

        Timing.AssertAlike(medians[0], medians[1], "an unknown address against a wrong password");
        Timing.AssertAlike(medians[0], medians[2], "a locked-out address against a wrong password");
    }

    [Fact]
    public async Task Asking_for_a_new_password_takes_as_long_for_an_unknown_address_as_for_a_known_one()
    {
        // Sending through a real mail server takes this long or longer.
        var slowServer = new SlowMailServer(TimeSpan.FromMilliseconds(100));
        var known = await app.StaffAsync(app.Demo, Roles.Clinician);
        await using (var slowMail = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IEmailSender>(slowServer))))
        {
            var attempts = await Task.WhenAll(new[] { known, $"nobody-{Guid.NewGuid():N}@demo.tandem.test" }
                .Select(email => ForgotPasswordAttemptAsync(slowMail, email)));

            var medians = await Timing.MediansAsync(Rounds, () => Task.CompletedTask, attempts);

            Timing.AssertAlike(medians[0], medians[1], "an unknown address against a known one");
        }

        Assert.Equal(Timing.WarmUpRounds + Rounds, slowServer.SentTo(known));
    }

    private async Task WithUserAsync(string email, Func<UserManager<TandemUser>, TandemUser, Task<IdentityResult>> change) =>
        await app.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<TandemUser>>();
            Assert.True((await change(users, (await users.FindByEmailAsync(email))!)).Succeeded);
        });

    private static async Task<Func<Task>> SignInAttemptAsync(WebApplicationFactory<Program> host, string email)
    {
        var session = TandemApp.NewSession(host);
        var form = await session.GetAsync("/Account/Login");
        return async () =>
        {
            var response = await session.SubmitAsync(form, "/Account/Login", "form", new() { ["Input.Email"] = email, ["Input.Password"] = "not-the-password-at-all" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(LoginModel.FailureMessage, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        };
    }

    private static async Task<Func<Task>> ForgotPasswordAttemptAsync(WebApplicationFactory<Program> host, string email)
    {
        var session = TandemApp.NewSession(host);
        var form = await session.GetAsync("/Account/ForgotPassword");
        return async () =>
        {
            var response = await session.SubmitAsync(form, "/Account/ForgotPassword", "#forgot", new() { ["Input.Email"] = email });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(ForgotPasswordModel.Answer, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        };
    }

    private sealed class SlowSaving(TimeSpan delay) : SaveChangesInterceptor
    {
        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await Task.Delay(delay, cancellationToken);
            return result;
        }
    }

    private sealed class SlowMailServer(TimeSpan delay) : IEmailSender
    {
        private readonly List<string> recipients = [];

        public int SentTo(string address)
        {
            lock (recipients)
            {
                return recipients.Count(r => string.Equals(r, address, StringComparison.OrdinalIgnoreCase));
            }
        }

        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
        {
            await Task.Delay(delay, cancellationToken);
            lock (recipients)
            {
                recipients.AddRange(message.To.Mailboxes.Select(m => m.Address));
            }
        }
    }
}

[Collection(SqliteApp.Collection)]
public sealed class SignInTimingTests_Sqlite(SqliteApp app) : SignInTimingTests(app);

[Collection(PostgresApp.Collection)]
public sealed class SignInTimingTests_Postgres(PostgresApp app) : SignInTimingTests(app);
