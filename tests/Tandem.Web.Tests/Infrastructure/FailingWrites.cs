using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Tandem.Web.Tests.Infrastructure;

/// <summary>Makes the next write to one table fail, as a full disk or a dropped connection would, half-way through a save.</summary>
public sealed class FailingWrites : DbCommandInterceptor
{
    private string? table;

    public void FailNextInsertInto(string tableName) => table = tableName;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        FailIfArmed(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        FailIfArmed(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void FailIfArmed(DbCommand command)
    {
        if (table is { } armed && command.CommandText.Contains($"INSERT INTO \"{armed}\"", StringComparison.Ordinal))
        {
            table = null;
            throw new InvalidOperationException("Injected failure: the write did not reach the disk.");
        }
    }
}
