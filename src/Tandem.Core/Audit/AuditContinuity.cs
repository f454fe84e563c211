namespace Tandem.Core.Audit;

/// <summary>
/// Whether a practice's stored chain carries on from the head recorded outside the database. It does when its newest
/// entry is that head, or when every entry past the head follows from it and was announced outside the database before
/// its commit: a commit whose head update was cut short. Anything else is a break, named by the code of the entry that
/// marks it. Feed the stored entries in sequence order, from the recorded head's place on, then ask for the result.
/// </summary>
public sealed class AuditContinuity
{
    private readonly AuditChain chain;
    private readonly AuditHead recorded;
    private readonly Func<AuditHead, bool> announced;
    private AuditHead? followed;
    private AuditCode? found;

    /// <param name="recorded">The head recorded outside the database; null when none was, so every entry must have been announced.</param>
    internal AuditContinuity(AuditChain chain, AuditHead? recorded, Func<AuditHead, bool> announced)
    {
        this.chain = chain;
        this.recorded = recorded ?? new AuditHead(0, AuditChain.Genesis);
        this.announced = announced;
        followed = this.recorded.Sequence == 0 ? this.recorded : null;
    }

    /// <summary>The recorded head this continuity is measured from (sequence 0 when none was recorded).</summary>
    public AuditHead Recorded => recorded;

    /// <summary>Takes the next stored entry; false once a break is found, so a caller may stop reading.</summary>
    public bool Observe(AuditEvent e)
    {
        if (found is not null || e.Sequence < recorded.Sequence)
        {
            return found is null;
        }

        var link = new AuditHead(e.Sequence, e.Hash);
        if (e.Sequence == recorded.Sequence)
        {
            found = link == recorded ? null : AuditCode.AuditLogRewritten_Found;
            followed = link;
        }
        else if (followed is null)
        {
            found = AuditCode.AuditLogRewritten_Found;
        }
        else if (e.Sequence != followed.Sequence + 1 || e.PreviousHash != followed.Hash || !chain.IsSealed(e) || !announced(link))
        {
            found = AuditCode.AuditLogUnannounced_Found;
        }

        followed = link;
        return found is null;
    }

    /// <summary>The break found, or null when the chain carries on; <paramref name="storedTail"/> is the newest stored entry.</summary>
    public AuditCode? Result(AuditHead? storedTail)
    {
        if (found is not null)
        {
            return found;
        }

        if ((storedTail?.Sequence ?? 0) < recorded.Sequence)
        {
            return AuditCode.AuditLogCut_Found;
        }

        return storedTail is null || storedTail == followed ? null : AuditCode.AuditLogRewritten_Found;
    }

    /// <summary>The codes of the entries the app writes when it finds a break.</summary>
    public static readonly IReadOnlyList<AuditCode> BreakCodes =
        [AuditCode.AuditLogCut_Found, AuditCode.AuditLogRewritten_Found, AuditCode.AuditLogUnannounced_Found];

    /// <summary>What a break or restore means, in words: the log ended at <paramref name="storedTail"/> where <paramref name="recorded"/> was recorded.</summary>
    public static string Describe(AuditCode code, long storedTail, long recorded) => code switch
    {
        AuditCode.AuditLogCut_Found when storedTail == 0 => $"the log was empty, but entry {recorded} had been recorded",
        AuditCode.AuditLogCut_Found =>
            $"{Entries(storedTail + 1, recorded)} cut off (the log ended at entry {storedTail}, but entry {recorded} had been recorded)",
        AuditCode.AuditLogRewritten_Found => $"entry {recorded} is not the one recorded: the log was rewritten up to there",
        AuditCode.AuditLogUnannounced_Found =>
            $"{Entries(recorded + 1, storedTail)} never announced outside the database before their commit (the recorded head was entry {recorded})",
        AuditCode.AuditLog_Restored when recorded > storedTail =>
            $"from a backup ending at entry {storedTail}; it lacks {Range(storedTail + 1, recorded)}, written before the restore",
        AuditCode.AuditLog_Restored => $"from a backup ending at entry {storedTail}",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not a break or a restore."),
    };

    /// <summary>What a break or restore entry of the chain says it found.</summary>
    public static string Describe(AuditEvent marker) =>
        long.TryParse(marker.EntityId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var recorded)
            ? Describe(marker.Code, marker.Sequence - 1, recorded)
            : $"entry {marker.Sequence} marks a break or restore, but what it recorded was altered";

    private static string Range(long from, long to) => from == to ? $"entry {from}" : $"entries {from}–{to}";

    private static string Entries(long from, long to) => Range(from, to) + (from == to ? " was" : " were");
}
