using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace Tandem.Data.Audit;

/// <summary>
/// Group commit for entries that record nothing else in their unit of work, such as reads: concurrent requests of one
/// practice queue their entries, and whichever of them next gets the practice's turn writes everything queued in one
/// transaction (one lock, one fsync, one head-file update). Each request waits for the commit that holds its entries, so
/// no page is sent whose entry could still be lost. Decision 0008.
/// </summary>
public sealed class AuditGroupCommit(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<Guid, Practice> practices = new();

    public async Task AppendAsync(IReadOnlyList<AuditEntry> entries)
    {
        var practice = practices.GetOrAdd(entries[0].PracticeId, _ => new Practice());
        var mine = new Queued(entries);
        lock (practice.Queue)
        {
            practice.Queue.Add(mine);
        }

        // Not cancellable: once queued, an entry must be written by this request or the one whose turn comes first.
        await practice.Turn.WaitAsync(CancellationToken.None);
        try
        {
            if (!mine.Committed.Task.IsCompleted)
            {
                List<Queued> batch;
                lock (practice.Queue)
                {
                    batch = [.. practice.Queue];
                    practice.Queue.Clear();
                }

                await WriteAsync(batch);
            }
        }
        finally
        {
            practice.Turn.Release();
        }

        await mine.Committed.Task;
    }

    private async Task WriteAsync(List<Queued> batch)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AuditLog>().WriteAsync([.. batch.SelectMany(q => q.Entries)], CancellationToken.None);
            batch.ForEach(q => q.Committed.SetResult());
        }
        catch (Exception error)
        {
            batch.ForEach(q => q.Committed.SetException(error));
        }
    }

    private sealed record Queued(IReadOnlyList<AuditEntry> Entries)
    {
        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class Practice
    {
        public List<Queued> Queue { get; } = [];
        public SemaphoreSlim Turn { get; } = new(1, 1);
    }
}
