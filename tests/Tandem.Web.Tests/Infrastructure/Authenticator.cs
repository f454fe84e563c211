using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Data.Identity;
using Tandem.Web.Infrastructure.Identity;

namespace Tandem.Web.Tests.Infrastructure;

/// <summary>Codes for a person of the test app, by <see cref="Totp"/> on the app's clock.</summary>
public static class Authenticator
{
    public static long StepNow(this TandemApp app) => Totp.StepAt(app.Clock.GetUtcNow());

    /// <summary>The current step once at least five seconds of it remain, for a test that types a code of the step before.</summary>
    public static async Task<long> StepWithTimeLeftAsync(this TandemApp app)
    {
        while (Totp.StepSeconds - (app.Clock.GetUtcNow().ToUnixTimeSeconds() % Totp.StepSeconds) < 5)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        return app.StepNow();
    }

    public static string CodeAt(string base32Key, long step) => Totp.CodeAt(base32Key, step);

    /// <summary>A six-digit code that is none of the codes the key gives near now.</summary>
    public static string WrongCode(this TandemApp app, string base32Key)
    {
        var near = Enumerable.Range(-2, 5).Select(d => CodeAt(base32Key, app.StepNow() + d)).ToHashSet();
        return Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(code => !near.Contains(code));
    }

    /// <summary>The step of the next code the app takes from this person, after the one it last took.</summary>
    public static async Task<long> NextStepAsync(this TandemApp app, string email)
    {
        var last = await app.AuthenticatorAsync(email, (users, user) => users.GetAuthenticationTokenAsync(user, OneUseAuthenticator.Store, OneUseAuthenticator.LastStep));
        return await Totp.NextStepAsync(app.Clock.GetUtcNow, last is null ? null : long.Parse(last, CultureInfo.InvariantCulture));
    }

    /// <summary>The next code, from the key the app holds for the person.</summary>
    public static async Task<string> NextCodeAsync(this TandemApp app, string email)
    {
        var key = await app.AuthenticatorAsync(email, (users, user) => users.GetAuthenticatorKeyAsync(user))
            ?? throw new InvalidOperationException($"{email} has no authenticator.");
        return CodeAt(key, await app.NextStepAsync(email));
    }

    private static async Task<string?> AuthenticatorAsync(this TandemApp app, string email, Func<UserManager<TandemUser>, TandemUser, Task<string?>> read)
    {
        string? value = null;
        await app.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<TandemUser>>();
            value = await read(users, await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}."));
        });
        return value;
    }
}
