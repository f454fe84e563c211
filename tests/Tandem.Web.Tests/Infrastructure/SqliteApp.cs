using Microsoft.Data.Sqlite;
using Tandem.Data;

namespace Tandem.Web.Tests.Infrastructure;

public sealed class SqliteApp : TandemApp
{
    public const string Collection = "SQLite";

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<string> CreateDatabaseAsync() =>
        Task.FromResult($"Data Source={Path.Combine(Folder, "tandem.db")}");

    public override Task<string> EmptyDatabaseAsync() =>
        Task.FromResult($"Data Source={Path.Combine(Folder, Guid.NewGuid().ToString("N") + ".db")}");

    protected override Task DropDatabaseAsync(string connection)
    {
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(SqliteApp.Collection)]
public sealed class SqliteCollection : ICollectionFixture<SqliteApp>;
