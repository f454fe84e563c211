using Microsoft.Data.Sqlite;
using Tandem.Data;

namespace Tandem.Web.Infrastructure;

/// <summary>
/// SQLite at <c>ConnectionStrings:Sqlite</c> by default; setting <c>ConnectionStrings:Postgres</c>
/// (environment: <c>ConnectionStrings__Postgres</c>) runs the same app on PostgreSQL.
/// </summary>
public static class DatabaseSettings
{
    public static (DatabaseProvider Provider, string ConnectionString) From(IConfiguration configuration)
    {
        var postgres = configuration.GetConnectionString("Postgres");
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            return (DatabaseProvider.Postgres, postgres);
        }

        var sqlite = new SqliteConnectionStringBuilder(configuration.GetConnectionString("Sqlite") ?? "Data Source=data/tandem.db");
        var folder = Path.GetDirectoryName(Path.GetFullPath(sqlite.DataSource));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        return (DatabaseProvider.Sqlite, sqlite.ConnectionString);
    }
}
