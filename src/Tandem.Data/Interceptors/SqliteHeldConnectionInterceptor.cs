using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Tandem.Data.Interceptors;

/// <summary>
/// Keeps a unit of work's SQLite connection open from its first statement until the DbContext is disposed. EF Core would
/// close it after every query and open it again for the next, and each open registers EF's SQL functions again and runs
/// our pragmas again: a case page made 23 opens. The connection goes back to the pool when the DbContext is disposed, at
/// the end of the request. An idle SQLite connection holds no lock. Decision 0030.
/// </summary>
public sealed class SqliteHeldConnectionInterceptor : DbConnectionInterceptor
{
    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(InterceptionResult.Suppress());
}
