using System.Security.Cryptography;

namespace Tandem.Core.Measures;

/// <summary>
/// A client's name in the outcome report's exports: an HMAC of practice and client under a key kept outside the
/// database, so it stays the same in every export and cannot be rebuilt from ids that appear in clinicians' URLs.
/// </summary>
public static class Pseudonym
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string Of(byte[] key, Guid practiceId, Guid clientId)
    {
        byte[] message = [.. practiceId.ToByteArray(), .. clientId.ToByteArray()];
        var mac = HMACSHA256.HashData(key, message);
        var bits = BitConverter.ToUInt64(mac, 0);
        var chars = new char[10];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[(int)(bits & 31)];
            bits >>= 5;
        }

        return "P-" + new string(chars);
    }
}
