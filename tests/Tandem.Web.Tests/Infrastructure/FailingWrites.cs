using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Tandem.Web.Tests.Infrastructure;

/// <summary>
/// Makes the next write to one table fail, as a full disk or a dropped connection would, half-way through a save; or makes
/// the next update or delete of a table find no row, as when someone else's change was committed a moment before it.
/// </summary>
public sealed class FailingWrites : DbCommandInterceptor
{
    private string? table;
    private string? missing;

    public void FailNextInsertInto(string tableName) => table = tableName;

    public void MissNextChangeOf(string tableName) => missing = tableName;

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
        if (missing is { } gone && Regex.Match(command.CommandText, $"""((UPDATE "{gone}" SET|DELETE FROM "{gone}")[^;]*?WHERE )""") is { Success: true } write)
        {
            missing = null;
#pragma warning disable CA2100 // the test's own change to SQL that EF generated
            command.CommandText = command.CommandText.Insert(write.Index + write.Length, "1 = 0 AND ");
#pragma warning restore CA2100
        }

        if (table is { } armed && command.CommandText.Contains($"INSERT INTO \"{armed}\"", StringComparison.Ordinal))
        {
            table = null;
            throw new InvalidOperationException("Injected failure: the write did not reach the disk.");
        }
    }
}
