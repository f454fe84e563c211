using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Tandem.Web.Tests.Infrastructure;

/// <summary>
/// Counts the SQL commands the app sends, and how often each unit of work (DbContext) opens its connection, so a
/// per-request cost that creeps back shows up.
/// </summary>
public sealed class SqlCommands : DbCommandInterceptor, IDbConnectionInterceptor
{
    private readonly ConcurrentDictionary<Guid, int> opensByContext = new();
    private int count;

    public int Count => count;

    /// <summary>The most times one DbContext opened its connection since the last reset.</summary>
    public int MostOpensByOneContext => opensByContext.Values.DefaultIfEmpty().Max();

    public void Reset()
    {
        Interlocked.Exchange(ref count, 0);
        opensByContext.Clear();
    }

    public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Opened(eventData);

    public Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Opened(eventData);
        return Task.CompletedTask;
    }

    private void Opened(ConnectionEndEventData eventData) =>
        opensByContext.AddOrUpdate(eventData.Context!.ContextId.InstanceId, 1, (_, opens) => opens + 1);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref count);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Interlocked.Increment(ref count);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Interlocked.Increment(ref count);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return ValueTask.FromResult(result);
    }
}
