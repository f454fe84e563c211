using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests;

public abstract class ProviderTests(TandemApp app)
{
    [Fact]
    public async Task The_suite_runs_on_the_database_it_names()
    {
        var (isNpgsql, version) = await app.InDatabaseAsync(async db =>
        {
            await using var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            return (db.Database.IsNpgsql(), connection.ServerVersion);
        });

        if (app.Provider == DatabaseProvider.Postgres)
        {
            Assert.True(isNpgsql);
            Assert.StartsWith("15.", version, StringComparison.Ordinal);
        }
        else
        {
            Assert.False(isNpgsql);
            Assert.True(await app.InDatabaseAsync(db => Task.FromResult(db.Database.IsSqlite())));
        }
    }

    [Fact]
    public async Task Every_model_change_has_a_migration()
    {
        Assert.False(await app.InDatabaseAsync(db => Task.FromResult(db.Database.HasPendingModelChanges())));
    }
}

[Collection(SqliteApp.Collection)]
public sealed class ProviderTests_Sqlite(SqliteApp app) : ProviderTests(app);

[Collection(PostgresApp.Collection)]
public sealed class ProviderTests_Postgres(PostgresApp app) : ProviderTests(app);
