using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Tandem.Core.Audit;

namespace Tandem.Data.Audit;

/// <summary>Publishes the newest links to the head store once, and only once, their transaction commits.</summary>
public sealed class AuditHeadPublisher(AuditHeadStore heads) : DbTransactionInterceptor
{
    private readonly Dictionary<Guid, AuditHead> pending = [];

    public void Stage(Guid practiceId, AuditHead head) => pending[practiceId] = head;

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Publish();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Publish();
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => pending.Clear();

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        pending.Clear();
        return Task.CompletedTask;
    }

    private void Publish()
    {
        foreach (var (practiceId, head) in pending)
        {
            heads.Advance(practiceId, head);
        }

        pending.Clear();
    }
}
