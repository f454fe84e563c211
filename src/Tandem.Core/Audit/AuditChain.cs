using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Tandem.Core.Audit;

/// <summary>The newest link of a practice's chain, as last recorded outside the database.</summary>
public sealed record AuditHead(long Sequence, string Hash);

/// <summary>
/// What is kept outside the database about one practice's chain: the head file, the newest head in the head history
/// since its last break or restore, and the links announced before their commit.
/// </summary>
public sealed record AuditHeadRecord(AuditHead? Head, AuditHead? HistoryHead, Func<AuditHead, bool> Announced)
{
    /// <summary>Why the head file could not be read, when it could not.</summary>
    public string? HeadProblem { get; init; }
}

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

    public bool IsSealed(AuditEvent e) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Link(e.PreviousHash, e)), Encoding.ASCII.GetBytes(e.Hash));

    public AuditContinuity ContinuityFrom(AuditHead? recorded, Func<AuditHead, bool> announced) => new(this, recorded, announced);

    /// <summary>
    /// Checks entries in sequence order, against the head file and the head history kept outside the database.
    /// Break entries the app wrote keep the chain broken for good; restore entries are explained, not blamed.
    /// </summary>
    public AuditVerification Verify(IEnumerable<AuditEvent> entriesInOrder, AuditHeadRecord outside)
    {
        var byHeadFile = ContinuityFrom(outside.Head, outside.Announced);
        var byHistory = ContinuityFrom(outside.HistoryHead, outside.Announced);
        AuditEvent? firstBreak = null;
        var restores = new List<AuditEvent>();
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

            if (!IsSealed(e))
            {
                return AuditVerification.Broken(expected - 1, expected, $"Entry {expected} was altered.");
            }

            byHeadFile.Observe(e);
            byHistory.Observe(e);
            firstBreak ??= AuditContinuity.BreakCodes.Contains(e.Code) ? e : null;
            if (e.Code == AuditCode.AuditLog_Restored)
            {
                restores.Add(e);
            }

            previousHash = e.Hash;
            expected++;
        }

        var count = expected - 1;
        var tail = count == 0 ? null : new AuditHead(count, previousHash);
        if (firstBreak is not null)
        {
            return AuditVerification.Broken(count, firstBreak.Sequence,
                $"Break found on {firstBreak.OccurredAt:yyyy-MM-dd HH:mm} UTC and marked at entry {firstBreak.Sequence}: {AuditContinuity.Describe(firstBreak)}.");
        }

        if (outside.HeadProblem is not null)
        {
            return AuditVerification.Broken(count, count + 1, outside.HeadProblem);
        }

        if (outside.Head is null && count > 0)
        {
            return AuditVerification.Broken(count, count + 1, $"The log has {count} entries but no newest link is recorded outside the database, so a cut-off tail would go unseen.");
        }

        if (Against(byHeadFile, tail) is { } headFileBreak)
        {
            return headFileBreak with { Message = Capitalised(headFileBreak.Message) + "." };
        }

        if (outside.HistoryHead is null && count > 0)
        {
            return AuditVerification.Broken(count, count + 1, "No head history is kept beside the head file, so a head file rewritten with the log would go unseen.");
        }

        if (Against(byHistory, tail) is { } historyBreak)
        {
            return historyBreak with { Message = $"The head history disagrees with the log: {historyBreak.Message}." };
        }

        var restored = string.Concat(restores.Select(r => $" Restored on {r.OccurredAt:yyyy-MM-dd HH:mm} UTC {AuditContinuity.Describe(r)}."));
        return new(true, count, null, $"{count} entries, chain intact.{restored}");
    }

    private static AuditVerification? Against(AuditContinuity continuity, AuditHead? tail)
    {
        var (storedTail, recorded) = (tail?.Sequence ?? 0, continuity.Recorded.Sequence);
        return continuity.Result(tail) is not { } code ? null : AuditVerification.Broken(storedTail,
            code switch { AuditCode.AuditLogUnannounced_Found => recorded + 1, AuditCode.AuditLogRewritten_Found => recorded, _ => storedTail + 1 },
            AuditContinuity.Describe(code, storedTail, recorded));
    }

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
