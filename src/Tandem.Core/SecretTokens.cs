using System.Security.Cryptography;
using System.Text;

namespace Tandem.Core;

/// <summary>Tokens for private links (invitations, booking management): only their hash is ever stored.</summary>
public static class SecretTokens
{
    /// <summary>256 bits from a CSPRNG, URL-safe.</summary>
    public static string New() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
