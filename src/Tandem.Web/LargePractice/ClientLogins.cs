using Microsoft.AspNetCore.Identity;
using Tandem.Core.Clients;
using Tandem.Data.Identity;
using Tandem.Web.Demo;

namespace Tandem.Web.LargePractice;

/// <summary>
/// Every generated client has accepted their invitation: a portal login with the demo password. The password is hashed
/// once and the hash shared, since hashing it per client (slow on purpose) would add tens of minutes at this size.
/// </summary>
internal sealed class ClientLogins(UserManager<TandemUser> users, Guid clientRoleId)
{
    private string? passwordHash;

    public void Give(Generation generation, Client client)
    {
        var user = new TandemUser
        {
            Id = Guid.CreateVersion7(),
            UserName = client.Email, Email = client.Email, EmailConfirmed = true, DisplayName = client.FullName, PracticeId = client.PracticeId,
            NormalizedEmail = users.NormalizeEmail(client.Email), NormalizedUserName = users.NormalizeName(client.Email),
            SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(), ConcurrencyStamp = Guid.NewGuid().ToString(),
        };
        user.PasswordHash = passwordHash ??= users.PasswordHasher.HashPassword(user, DemoPractice.Password);
        client.UserId = user.Id;
        generation.Db.Users.Add(user);
        generation.Db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = clientRoleId });
    }
}
