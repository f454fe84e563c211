using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Tandem.Core.Access;

/// <summary>
/// The six-digit codes an authenticator app shows (RFC 6238 TOTP: HMAC-SHA1 over 30-second steps), from the base32 key
/// (RFC 4648) the person added to the app. A code is matched to its step so that each step is taken only once.
/// </summary>
public static class AuthenticatorCode
{
    public const int Digits = 6;
    private const int StepSeconds = 30;
    private const string Base32Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>Steps either side of now still taken: a phone's clock may run a little fast or slow.</summary>
    private const int Drift = 1;

    public static long StepAt(DateTimeOffset instant) => instant.ToUnixTimeSeconds() / StepSeconds;

    /// <summary>The key's bytes; null if it holds a letter base32 does not use. Padding, spaces and case are ignored.</summary>
    public static byte[]? KeyBytes(string base32)
    {
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in base32.ToUpperInvariant())
        {
            if (c is ' ' or '=')
            {
                continue;
            }

            var value = Base32Letters.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }

    public static string At(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 as every authenticator app implements it; SHA-1 is sound inside an HMAC.
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7FFFFFFF;
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The step near <paramref name="now"/> whose code was typed, if it comes after the step last taken; otherwise null,
    /// so a code seen over someone's shoulder, or sent twice, does not sign anyone in again.
    /// </summary>
    public static long? Match(string base32Key, string code, DateTimeOffset now, long? lastTaken)
    {
        var typed = code.Replace(" ", "", StringComparison.Ordinal);
        if (typed.Length != Digits || !typed.All(char.IsAsciiDigit) || KeyBytes(base32Key) is not { Length: > 0 } key)
        {
            return null;
        }

        var current = StepAt(now);
        for (var step = current - Drift; step <= current + Drift; step++)
        {
            if (step > (lastTaken ?? long.MinValue)
                && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(At(key, step)), Encoding.ASCII.GetBytes(typed)))
            {
                return step;
            }
        }

        return null;
    }
}
