using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tandem.Core.Access;
using Tandem.Data;
using Tandem.Data.Identity;
using Tandem.Web.Authorization;

namespace Tandem.Web.Infrastructure.Identity;

/// <summary>
/// Adds the practice and, for a portal login, the client to the signed-in person's claims; for staff, what their practice's
/// two-factor requirement means for them. Identity's stamp check makes the claims anew whenever the session check forgets
/// the person, which a change to the requirement does for everyone (<see cref="AccountChanges"/>).
/// </summary>
public sealed class TandemClaimsFactory(
    UserManager<TandemUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options,
    TandemDbContext db)
    : UserClaimsPrincipalFactory<TandemUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(TandemUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(TandemClaims.PracticeId, user.PracticeId.ToString()));
        identity.AddClaim(new Claim(ClaimTypes.GivenName, user.DisplayName));
        var clientId = await db.Clients.AsNoTracking()
            .Where(c => c.UserId == user.Id && c.PracticeId == user.PracticeId)
            .Select(c => (Guid?)c.Id)
            .FirstOrDefaultAsync();
        if (clientId is { } id)
        {
            identity.AddClaim(new Claim(TandemClaims.ClientId, id.ToString("D", CultureInfo.InvariantCulture)));
        }

        if (Roles.Staff.Any(role => identity.HasClaim(identity.RoleClaimType, role)))
        {
            var required = await db.Practices.AsNoTracking().Where(p => p.Id == user.PracticeId).Select(p => p.RequiresStaffTwoFactor).SingleAsync();
            if (required && !user.TwoFactorEnabled)
            {
                identity.AddClaim(new Claim(TandemClaims.MustSetUpTwoFactor, "true"));
            }

            if (!required && identity.HasClaim(identity.RoleClaimType, Roles.PracticeAdmin))
            {
                identity.AddClaim(new Claim(TandemClaims.StaffTwoFactorOff, "true"));
            }
        }

        return identity;
    }
}
