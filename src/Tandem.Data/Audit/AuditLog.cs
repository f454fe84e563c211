using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;

namespace Tandem.Data.Audit;

/// <summary>What happened, to what, by whom: the fields of an audit entry before it is chained.</summary>
public sealed record AuditEntry(AuditCode Code, Guid PracticeId, Guid? ActorId, Guid? ClientId, string EntityType, string EntityId);

/// <summary>
/// Appends entries to a practice's chain inside the caller's transaction (or its own), one at a time per practice:
/// a PostgreSQL advisory lock, or SQLite's <c>BEGIN IMMEDIATE</c> write lock, is held until the transaction ends.
/// Saving is said where it happens: <see cref="SaveWithAsync(IReadOnlyList{AuditEntry}, CancellationToken)"/> saves the
/// unit of work with its entries; <see cref="RecordReadAsync"/> records a read and saves nothing else. Either way the
/// entries are committed when the call returns. When the stored chain does not carry on from the
/// recorded head, a break entry goes in first: the chain is never extended over a gap silently, and the work being
/// recorded still goes ahead.
/// </summary>
public sealed class AuditLog(TandemDbContext db, AuditKeyring keyring, AuditWatch watch, AuditGroupCommit groupCommit, AfterCommit afterCommit, TimeProvider clock)
{
    private readonly List<AuditEvent> sealing = [];

    /// <summary>
    /// Saves the unit of work with these entries, appended one after another in the chain of their practice: the change and
    /// its entries commit together, in the caller's transaction or in one of their own.
    /// </summary>
    public Task SaveWithAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken = default) =>
        OfOnePractice(entries) ? WriteAsync(entries, cancellationToken) : Task.CompletedTask;

    /// <inheritdoc cref="SaveWithAsync(IReadOnlyList{AuditEntry}, CancellationToken)"/>
    public Task SaveWithAsync(AuditEntry entry, CancellationToken cancellationToken = default) => SaveWithAsync([entry], cancellationToken);

    /// <summary>
    /// Records a read, saving nothing else: outside a transaction its entries go to <see cref="AuditGroupCommit"/>, which
    /// commits those of concurrent requests together. A change waiting to be saved is refused, so no read saves it unseen.
    /// </summary>
    public Task RecordReadAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken = default)
    {
        if (db.ChangeTracker.HasChanges())
        {
            throw new InvalidOperationException("A read's audit entry saves nothing else: save the change with its own entry first.");
        }

        if (!OfOnePractice(entries))
        {
            return Task.CompletedTask;
        }

        return db.Database.CurrentTransaction is null ? groupCommit.AppendAsync(entries) : WriteAsync(entries, cancellationToken);
    }

    private static bool OfOnePractice(IReadOnlyList<AuditEntry> entries)
    {
        if (entries.Any(e => e.PracticeId != entries[0].PracticeId))
        {
            throw new ArgumentException("Entries appended together belong to one practice.", nameof(entries));
        }

        return entries.Count > 0;
    }

    /// <summary>Writes the entries in the caller's transaction, or in one of their own that commits before this returns.</summary>
    internal Task WriteAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var practiceId = entries[0].PracticeId;
        return InChainAsync(practiceId, async (chain, previous) =>
        {
            if (await watch.FindBreakAsync(db, chain, practiceId, previous, cancellationToken) is { } found)
            {
                var marker = Seal(chain, Marker(found.Code, practiceId, found.Recorded), previous);
                watch.Raise(practiceId, marker);
                previous = Rewinding(marker, found.HeadFile);
            }

            AuditEvent? newest = null;
            foreach (var entry in entries)
            {
                newest = Seal(chain, entry, previous);
                previous = HeadOf(newest);
            }

            Advancing(newest!);
        }, cancellationToken);
    }

    /// <summary>After a restore: marks where the chain resumes and which recorded head the restore set aside.</summary>
    public async Task<AuditEvent> RecordRestoreAsync(Guid practiceId, CancellationToken cancellationToken = default)
    {
        AuditEvent? marker = null;
        await InChainAsync(practiceId, (chain, previous) =>
        {
            var recorded = watch.KnownHead(practiceId);
            marker = Seal(chain, Marker(AuditCode.AuditLog_Restored, practiceId, recorded), previous);
            Rewinding(marker, recorded);
            return Task.CompletedTask;
        }, cancellationToken);
        return marker!;
    }

    private async Task InChainAsync(Guid practiceId, Func<AuditChain, AuditHead?, Task> append, CancellationToken cancellationToken)
    {
        var owned = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            await LockChainAsync(practiceId, cancellationToken);
            var previous = await db.AuditEvents
                .Where(e => e.PracticeId == practiceId)
                .OrderByDescending(e => e.Sequence)
                .Select(e => new AuditHead(e.Sequence, e.Hash))
                .FirstOrDefaultAsync(cancellationToken);
            if (!keyring.HasKey && previous is null && !await db.AuditEvents.AcrossPracticesBecause("one signing key serves the whole deployment: it is made only while no practice has an entry").AnyAsync(cancellationToken))
            {
                keyring.CreateFirstKey();
            }

            sealing.Clear();
            await append(keyring.Chain, previous);
            watch.Sealing(practiceId, [.. sealing.Select(HeadOf)]);
            await db.SaveChangesAsync(cancellationToken);
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

    private AuditEvent Seal(AuditChain chain, AuditEntry entry, AuditHead? previous)
    {
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
        chain.Seal(link, previous);
        sealing.Add(link);
        db.AuditEvents.Add(link);
        return link;
    }

    private void Advancing(AuditEvent link)
    {
        var head = HeadOf(link);
        afterCommit.Add("record the audit head", () =>
        {
            watch.Committed(link.PracticeId, head);
            return Task.CompletedTask;
        });
    }

    private AuditHead Rewinding(AuditEvent marker, AuditHead? replacing)
    {
        var head = HeadOf(marker);
        afterCommit.Add("rewind the audit head to a break or restore entry", () =>
        {
            watch.Rewound(marker.PracticeId, head, replacing);
            return Task.CompletedTask;
        });
        return head;
    }

    /// <summary>A break or restore entry: written by the app itself, naming the recorded head it replaces (0 for none).</summary>
    private static AuditEntry Marker(AuditCode code, Guid practiceId, AuditHead? recorded) =>
        new(code, practiceId, null, null, nameof(AuditHead), (recorded?.Sequence ?? 0).ToString(CultureInfo.InvariantCulture));

    private static AuditHead HeadOf(AuditEvent link) => new(link.Sequence, link.Hash);

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
