using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Tandem.Core.Access;
using Tandem.Data.Identity;

namespace Tandem.Web.Infrastructure.Identity;

/// <summary>
/// Identity's authenticator check, in place of its own (which takes a code as often as it is typed within two minutes):
/// a code is taken once. The step of the last code taken is kept among the person's tokens, and a code of that step or
/// an earlier one is refused (decision 0010). Times come from the app's clock.
/// </summary>
public sealed class OneUseAuthenticator(TimeProvider clock) : IUserTwoFactorTokenProvider<TandemUser>
{
    public const string Store = "[Tandem]";
    public const string LastStep = "AuthenticatorLastStep";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<TandemUser> manager, TandemUser user) =>
        !string.IsNullOrEmpty(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The person's app makes the codes; the server never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<TandemUser> manager, TandemUser user) => Task.FromResult("");

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<TandemUser> manager, TandemUser user)
    {
        if (await manager.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } key)
        {
            return false;
        }

        var last = long.TryParse(await manager.GetAuthenticationTokenAsync(user, Store, LastStep), NumberStyles.None, CultureInfo.InvariantCulture, out var step)
            ? step
            : (long?)null;
        if (AuthenticatorCode.Match(key, token, clock.GetUtcNow(), last) is not { } taken)
        {
            return false;
        }

        // The save checks the account's concurrency stamp: of two requests racing with one code, only one is taken.
        return (await manager.SetAuthenticationTokenAsync(user, Store, LastStep, taken.ToString(CultureInfo.InvariantCulture))).Succeeded;
    }
}
