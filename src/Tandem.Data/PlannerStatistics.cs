using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Tandem.Data;

/// <summary>
/// The query planners' statistics. Without them a plan depends on the order rows happened to be inserted: the same
/// 10,000-client dashboard took 42 ms or 5.5 s (issue 20). SQLite never gathers them by itself; PostgreSQL's autovacuum
/// does, but only some time after a bulk load.
/// </summary>
public static class PlannerStatistics
{
    /// <summary>After a bulk change (a generated or demo practice, a restore): every table analysed now.</summary>
    public static Task AnalyseAsync(this DatabaseFacade database) =>
        database.ExecuteSqlRawAsync(database.IsNpgsql() ? "ANALYZE" : "PRAGMA analysis_limit=1000; ANALYZE");

    /// <summary>At start-up: SQLite analyses only the tables that changed enough to need it; PostgreSQL's autovacuum does the same by itself.</summary>
    public static async Task RefreshAsync(this DatabaseFacade database)
    {
        if (!database.IsNpgsql())
        {
            await database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002");
        }
    }
}
