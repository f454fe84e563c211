using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Tandem.Data;

/// <summary>
/// Work that must happen only once the unit of work is durable: recording the audit head outside the database,
/// sending an email. Runs after the commit; dropped on rollback; a failure is logged, never undoes the commit.
/// </summary>
public sealed class AfterCommit(ILogger<AfterCommit> logger) : DbTransactionInterceptor
{
    private readonly List<(string What, Func<Task> Work)> pending = [];

    public void Add(string what, Func<Task> work) => pending.Add((what, work));

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        RunAsync().GetAwaiter().GetResult();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        RunAsync();

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => pending.Clear();

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        pending.Clear();
        return Task.CompletedTask;
    }

    private async Task RunAsync()
    {
        var work = pending.ToList();
        pending.Clear();
        foreach (var (what, run) in work)
        {
            try
            {
                await run();
            }
            catch (Exception error)
            {
                // The commit stands whatever happens here; the failure is for the operator to see.
                logger.LogError(error, "After-commit work failed: {What}", what);
            }
        }
    }
}
