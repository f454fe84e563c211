using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tandem.Data.Identity;

namespace Tandem.Web.Infrastructure.Identity;

/// <summary>
/// A password check whose answer is thrown away, for a sign-in refused without checking the real password (no such
/// account, or locked out). It hashes with the same work factor as a real check, so the time taken tells nothing.
/// </summary>
public sealed class DecoyPassword
{
    private static readonly TandemUser Nobody = new() { DisplayName = "nobody" };
    private readonly PasswordHasher<TandemUser> hasher;
    private readonly string hash;

    public DecoyPassword(IOptions<PasswordHasherOptions> options)
    {
        hasher = new PasswordHasher<TandemUser>(options);
        hash = hasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)));
    }

    public void Check(string password) => hasher.VerifyHashedPassword(Nobody, hash, password);
}
