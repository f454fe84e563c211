using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Tandem.Core.Audit;

/// <summary>The newest link of a practice's chain, as last recorded outside the database.</summary>
public sealed record AuditHead(long Sequence, string Hash);

public sealed record AuditVerification(bool IsIntact, long EntriesChecked, long? FirstBrokenSequence, string Message)
{
    public static AuditVerification Broken(long checkedCount, long sequence, string message) =>
        new(false, checkedCount, sequence, message);
}

/// <summary>HMAC-SHA256 chaining: each link covers the previous link and its own fields.</summary>
public sealed class AuditChain(byte[] key)
{
    public const string Genesis = "GENESIS";

    public string Link(string previousHash, AuditEvent e)
    {
        var canonical = string.Join('|',
            previousHash,
            e.PracticeId.ToString("N"),
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            ((int)e.Code).ToString(CultureInfo.InvariantCulture),
            e.ActorId?.ToString("N") ?? "-",
            e.ClientId?.ToString("N") ?? "-",
            e.EntityType,
            e.EntityId,
            // Microseconds: PostgreSQL keeps no finer time, so the link must not depend on it.
            (e.OccurredAt.Ticks / 10).ToString(CultureInfo.InvariantCulture));
        return Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Fills in the event's sequence and links, following <paramref name="previous"/>.</summary>
    public void Seal(AuditEvent e, AuditHead? previous)
    {
        e.Sequence = (previous?.Sequence ?? 0) + 1;
        e.PreviousHash = previous?.Hash ?? Genesis;
        e.Hash = Link(e.PreviousHash, e);
    }

    /// <summary>Checks entries in sequence order and against the head recorded outside the database.</summary>
    public AuditVerification Verify(IEnumerable<AuditEvent> entriesInOrder, AuditHead? recordedHead)
    {
        long expected = 1;
        var previousHash = Genesis;
        foreach (var e in entriesInOrder)
        {
            if (e.Sequence != expected)
            {
                return AuditVerification.Broken(expected - 1, expected, $"Entry {expected} is missing (found {e.Sequence} next).");
            }

            if (e.PreviousHash != previousHash)
            {
                return AuditVerification.Broken(expected - 1, expected, $"Entry {expected} does not follow entry {expected - 1}.");
            }

            if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Link(previousHash, e)), Encoding.ASCII.GetBytes(e.Hash)))
            {
                return AuditVerification.Broken(expected - 1, expected, $"Entry {expected} was altered.");
            }

            if (recordedHead is not null && e.Sequence == recordedHead.Sequence && e.Hash != recordedHead.Hash)
            {
                return AuditVerification.Broken(expected - 1, expected, $"Entry {expected} differs from the recorded head.");
            }

            previousHash = e.Hash;
            expected++;
        }

        var count = expected - 1;
        if (recordedHead is null && count > 0)
        {
            return AuditVerification.Broken(count, count + 1, $"The log has {count} entries but no newest link is recorded outside the database, so a cut-off tail would go unseen.");
        }

        if (recordedHead is not null && recordedHead.Sequence > count)
        {
            return AuditVerification.Broken(count, count + 1, $"The log ends at entry {count}, but entry {recordedHead.Sequence} was recorded: the tail was cut off.");
        }

        return new(true, count, null, $"{count} entries, chain intact.");
    }
}
