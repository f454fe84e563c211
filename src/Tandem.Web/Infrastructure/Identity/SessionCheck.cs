using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tandem.Web.Authorization;

namespace Tandem.Web.Infrastructure.Identity;

/// <summary>
/// Checks a session cookie on every request without asking the database. It remembers, per person, what their cookie
/// must say (security stamp, roles, practice, client, two-factor requirement) as last read from the database; a cookie that says so is vouched
/// for. Anything else, or a person it has forgotten, goes to Identity's security-stamp check, which reads the database
/// and then refreshes the cookie or ends the session. <see cref="AccountChanges"/> makes it forget a person once a
/// change to their account commits, so sign-out, a disabled account, a new password and a role change all take effect
/// at the next request. One process only: see decision 0009.
/// </summary>
public sealed class SessionCheck(IOptions<IdentityOptions> identity)
{
    private readonly ConcurrentDictionary<Guid, Known> people = new();

    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } principal || UserIdOf(principal) is not { } userId)
        {
            await SecurityStampValidator.ValidatePrincipalAsync(context);
            return;
        }

        var known = people.GetOrAdd(userId, _ => new Known(0, null));
        if (known.Fingerprint is { } fingerprint && fingerprint == FingerprintOf(principal))
        {
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
        if (context.Principal is { } refreshed)
        {
            Remember(userId, known.Generation, FingerprintOf(refreshed));
        }
    }

    /// <summary>Called once a change to the person's account has committed: their next request asks the database.</summary>
    public void Forget(Guid userId) =>
        people.AddOrUpdate(userId, _ => new Known(1, null), (_, known) => new Known(known.Generation + 1, null));

    /// <summary>After a change to a role itself, which concerns everyone holding it.</summary>
    public void ForgetEveryone()
    {
        foreach (var userId in people.Keys)
        {
            Forget(userId);
        }
    }

    /// <summary>
    /// Keeps what the database said, unless the person was forgotten meanwhile: the read may have seen the account
    /// before a change that committed while it ran.
    /// </summary>
    private void Remember(Guid userId, long generation, string fingerprint)
    {
        if (people.TryGetValue(userId, out var known) && known.Generation == generation)
        {
            people.TryUpdate(userId, known with { Fingerprint = fingerprint }, known);
        }
    }

    private Guid? UserIdOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType), out var id) ? id : null;

    private string FingerprintOf(ClaimsPrincipal principal)
    {
        var claims = identity.Value.ClaimsIdentity;
        var roles = principal.FindAll(claims.RoleClaimType).Select(c => c.Value).Order(StringComparer.Ordinal);
        return string.Join('\n', [
            principal.FindFirstValue(claims.SecurityStampClaimType) ?? "",
            principal.FindFirstValue(TandemClaims.PracticeId) ?? "",
            principal.FindFirstValue(TandemClaims.ClientId) ?? "",
            principal.FindFirstValue(TandemClaims.MustSetUpTwoFactor) ?? "",
            principal.FindFirstValue(TandemClaims.StaffTwoFactorOff) ?? "",
            .. roles]);
    }

    private sealed record Known(long Generation, string? Fingerprint);
}
