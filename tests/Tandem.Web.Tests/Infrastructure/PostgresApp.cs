using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

// Database names here are generated GUIDs, never input: DDL cannot take parameters.
#pragma warning disable CA2100
using Tandem.Data;
using Tandem.Web.Tests.Infrastructure.Routing;

namespace Tandem.Web.Tests.Infrastructure;

/// <summary>
/// A fresh database on the PostgreSQL server that ./test.sh starts (TANDEM_TEST_POSTGRES). With no server the
/// collection fails: a PostgreSQL suite is never skipped quietly.
/// </summary>
public sealed class PostgresApp : TandemApp
{
    public const string Collection = "PostgreSQL";
    public const string ServerVariable = "TANDEM_TEST_POSTGRES";

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public PracticeStatements Statements { get; } = new();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        if (Statements.Take() is { Count: > 0 } unpinned)
        {
            throw new InvalidOperationException("Seeding the practices ran statements that do not name their practice:\n\n" + string.Join("\n\n", unpinned));
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.ConfigureDbContext<TandemDbContext>((_, options) => options.AddInterceptors(Statements)));
    }

    protected override async Task<string> CreateDatabaseAsync()
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable)
            ?? throw new InvalidOperationException($"{ServerVariable} is not set: run the suite through ./test.sh, which starts PostgreSQL.");
        var name = "tandem_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    protected override async Task DropDatabaseAsync(string connection)
    {
        NpgsqlConnection.ClearAllPools();
        var builder = new NpgsqlConnectionStringBuilder(connection);
        var name = builder.Database;
        builder.Database = "postgres";
        await using var admin = new NpgsqlConnection(builder.ConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}

[CollectionDefinition(PostgresApp.Collection)]
[PracticePinned]
public sealed class PostgresCollection : ICollectionFixture<PostgresApp>;
