using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Tandem.Core.Audit;

namespace Tandem.Data.Audit;

/// <summary>A break found before an append: its code, the head it was measured from, and the head file's head to rewind from.</summary>
public sealed record FoundBreak(AuditCode Code, AuditHead? Recorded, AuditHead? HeadFile);

/// <summary>
/// The app's watch over each practice's chain: the head it knows is recorded, the links it has sealed since, and the
/// newest break in the chain (the alarm). An append already reads the stored tail; only when that tail is neither the
/// known head nor a link this process sealed does the watch read the entries past the head, so an ordinary append costs
/// no extra query.
/// </summary>
public sealed class AuditWatch(AuditHeadStore heads, ILogger<AuditWatch> logger)
{
    private readonly ConcurrentDictionary<Guid, Practice> practices = new();

    /// <summary>Called under the chain lock: the break to mark before appending after <paramref name="storedTail"/>, or null.</summary>
    public async Task<FoundBreak?> FindBreakAsync(TandemDbContext db, AuditChain chain, Guid practiceId, AuditHead? storedTail, CancellationToken cancellationToken)
    {
        var practice = practices.GetOrAdd(practiceId, _ => new Practice());
        AuditHead? headFile;
        lock (practice)
        {
            headFile = KnownHead(practiceId, practice);
            if (storedTail == headFile || (storedTail is not null && practice.Sealed.Contains(storedTail)))
            {
                return null;
            }
        }

        var recorded = headFile ?? heads.ReadHistory(practiceId, long.MaxValue).Head;
        var announced = heads.ReadHistory(practiceId, recorded?.Sequence ?? 0).Announced;
        var continuity = chain.ContinuityFrom(recorded, announced.Contains);
        var from = Math.Max(recorded?.Sequence ?? 0, 1);
        await foreach (var e in db.AuditEvents.AsNoTracking().Where(e => e.PracticeId == practiceId && e.Sequence >= from).OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!continuity.Observe(e))
            {
                break;
            }
        }

        var (recordedSequence, storedSequence) = (recorded?.Sequence ?? 0, storedTail?.Sequence ?? 0);
        if (continuity.Result(storedTail) is { } code)
        {
            logger.LogError("The audit log of practice {PracticeId} does not carry on from its recorded head (entry {Recorded}); it ends at entry {Stored}. A break entry marks it.",
                practiceId, recordedSequence, storedSequence);
            return new FoundBreak(code, recorded, headFile);
        }

        if (headFile is null && recorded is not null)
        {
            logger.LogWarning("The audit head file of practice {PracticeId} was missing or unreadable; the head history's entry {Recorded} agrees with the log, so the file is written again.",
                practiceId, recordedSequence);
        }
        else
        {
            logger.LogWarning("The audit head of practice {PracticeId} moves on from entry {Recorded} to {Stored}, whose head update was cut short.",
                practiceId, recordedSequence, storedSequence);
        }

        Committed(practiceId, storedTail!);
        return null;
    }

    /// <summary>The head file's head as this process knows it, read from the file the first time.</summary>
    public AuditHead? KnownHead(Guid practiceId)
    {
        var practice = practices.GetOrAdd(practiceId, _ => new Practice());
        lock (practice)
        {
            return KnownHead(practiceId, practice);
        }
    }

    /// <summary>Before the commit: the links are announced on disk, and this process will accept any of them as the stored tail.</summary>
    public void Sealing(Guid practiceId, IReadOnlyList<AuditHead> links)
    {
        heads.Announce(practiceId, links);
        var practice = practices.GetOrAdd(practiceId, _ => new Practice());
        lock (practice)
        {
            practice.Sealed.UnionWith(links);
        }
    }

    /// <summary>After the commit: records the head.</summary>
    public void Committed(Guid practiceId, AuditHead link) =>
        Update(practiceId, link, () => heads.Advance(practiceId, link));

    /// <summary>After the commit of a break or restore entry: the head moves back to it.</summary>
    public void Rewound(Guid practiceId, AuditHead marker, AuditHead? replacing) =>
        Update(practiceId, marker, () => heads.Rewind(practiceId, marker, replacing));

    /// <summary>Raises the alarm for a break entry this process has just written.</summary>
    public void Raise(Guid practiceId, AuditEvent marker)
    {
        var practice = practices.GetOrAdd(practiceId, _ => new Practice());
        lock (practice)
        {
            (practice.Alarm, practice.AlarmLoaded) = (marker, true);
        }
    }

    /// <summary>The newest break entry of the practice's chain, looked up once per process and kept since.</summary>
    public async Task<AuditEvent?> AlarmAsync(TandemDbContext db, Guid practiceId, CancellationToken cancellationToken = default)
    {
        var practice = practices.GetOrAdd(practiceId, _ => new Practice());
        lock (practice)
        {
            if (practice.AlarmLoaded)
            {
                return practice.Alarm;
            }
        }

        var newest = await db.AuditEvents.AsNoTracking()
            .Where(e => e.PracticeId == practiceId && AuditContinuity.BreakCodes.Contains(e.Code))
            .OrderByDescending(e => e.Sequence)
            .FirstOrDefaultAsync(cancellationToken);
        lock (practice)
        {
            if (!practice.AlarmLoaded)
            {
                (practice.Alarm, practice.AlarmLoaded) = (newest, true);
            }

            return practice.Alarm;
        }
    }

    private void Update(Guid practiceId, AuditHead link, Func<AuditHead?> record)
    {
        var practice = practices.GetOrAdd(practiceId, _ => new Practice());
        lock (practice)
        {
            (practice.Known, practice.HeadLoaded) = (record(), true);
            practice.Sealed.RemoveWhere(s => s.Sequence < link.Sequence || s == link);
        }
    }

    private AuditHead? KnownHead(Guid practiceId, Practice practice)
    {
        if (!practice.HeadLoaded)
        {
            var file = heads.ReadHead(practiceId);
            if (file.Problem is not null)
            {
                logger.LogError("{Problem} The head history stands in for it until the next head is recorded.", file.Problem);
            }

            (practice.Known, practice.HeadLoaded) = (file.Head, true);
        }

        return practice.Known;
    }

    private sealed class Practice
    {
        public bool HeadLoaded { get; set; }
        public AuditHead? Known { get; set; }
        public HashSet<AuditHead> Sealed { get; } = [];
        public bool AlarmLoaded { get; set; }
        public AuditEvent? Alarm { get; set; }
    }
}
