using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;

namespace Tandem.Data.Audit;

/// <summary>What happened, to what, by whom: the fields of an audit entry before it is chained.</summary>
public sealed record AuditEntry(AuditCode Code, Guid PracticeId, Guid? ActorId, Guid? ClientId, string EntityType, string EntityId);

/// <summary>
/// Appends entries to a practice's chain inside the caller's transaction (or its own), one at a time per practice:
/// a PostgreSQL advisory lock, or SQLite's <c>BEGIN IMMEDIATE</c> write lock, is held until the transaction ends.
/// Appending saves the unit of work, so the change and its entry commit together.
/// </summary>
public sealed class AuditLog(TandemDbContext db, AuditKeyring keyring, AuditHeadStore heads, AfterCommit afterCommit, TimeProvider clock)
{
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        var owned = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            await LockChainAsync(entry.PracticeId, cancellationToken);
            var previous = await db.AuditEvents
                .Where(e => e.PracticeId == entry.PracticeId)
                .OrderByDescending(e => e.Sequence)
                .Select(e => new AuditHead(e.Sequence, e.Hash))
                .FirstOrDefaultAsync(cancellationToken);

            var link = new AuditEvent
            {
                PracticeId = entry.PracticeId,
                Code = entry.Code,
                ActorId = entry.ActorId,
                ClientId = entry.ClientId,
                EntityType = entry.EntityType,
                EntityId = entry.EntityId,
                OccurredAt = clock.GetUtcNow().UtcDateTime,
                PreviousHash = "",
                Hash = "",
            };
            keyring.Chain.Seal(link, previous);
            db.AuditEvents.Add(link);
            await db.SaveChangesAsync(cancellationToken);
            var head = new AuditHead(link.Sequence, link.Hash);
            afterCommit.Add("record the audit head", () =>
            {
                heads.Advance(entry.PracticeId, head);
                return Task.CompletedTask;
            });

            if (owned is not null)
            {
                await owned.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (owned is not null)
            {
                await owned.DisposeAsync();
            }
        }
    }

    private async Task LockChainAsync(Guid practiceId, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            var key = ChainLockKey(practiceId);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);
        }
    }

    private static long ChainLockKey(Guid practiceId)
    {
        var bytes = practiceId.ToByteArray();
        return BitConverter.ToInt64(bytes, 0) ^ BitConverter.ToInt64(bytes, 8);
    }
}
