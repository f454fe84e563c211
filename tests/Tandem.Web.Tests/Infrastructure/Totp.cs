using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace Tandem.Web.Tests.Infrastructure;

/// <summary>
/// The authenticator app of the tests: RFC 6238 codes (HMAC-SHA1, 30-second steps, six digits) worked out here, apart
/// from the app's own code, from the key a person was shown. The browser journeys share this file.
/// </summary>
public static class Totp
{
    public const int StepSeconds = 30;

    public static long StepAt(DateTimeOffset instant) => instant.ToUnixTimeSeconds() / StepSeconds;

    public static string CodeAt(string base32Key, long step)
    {
        var counter = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 as authenticator apps compute it.
        var hash = HMACSHA1.HashData(FromBase32(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[19] & 0xF;
        var value = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (value % 1_000_000).ToString("000000", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The step to type a code of, after the one last taken: the current one or the next, which stay in the app's window
    /// however the clock turns while the code travels. When both are used up, waits for the clock to move on.
    /// </summary>
    public static async Task<long> NextStepAsync(Func<DateTimeOffset> now, long? lastTaken)
    {
        var step = Math.Max(StepAt(now()), lastTaken + 1 ?? long.MinValue);
        while (step > StepAt(now()) + 1)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        return step;
    }

    private static byte[] FromBase32(string key)
    {
        const string letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(key.Where(c => c != ' ').Select(c => Convert.ToString(letters.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal), 2).PadLeft(5, '0')));
        return [.. Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2))];
    }
}
