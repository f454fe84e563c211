using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Web.Tests.Infrastructure;
using Tandem.Web.Tests.Security;

namespace Tandem.Web.Tests.Operations;

public abstract class BackupTests(TandemApp app)
{
    [Fact]
    public async Task A_backup_restored_into_an_empty_database_holds_the_same_data()
    {
        await app.CoupleInSeriesAsync(app.Demo);
        var file = Path.Combine(app.Folder, "backups", $"tandem-{Guid.NewGuid():N}.backup");
        var before = await DatabaseSnapshot.TakeAsync(app);
        var entries = await app.InDatabaseAsync(db => db.AuditEvents.CountAsync());

        var (backedUp, output) = await app.RunCommandAsync(null, "backup", file);
        Assert.True(backedUp == 0, output);
        Assert.True(new FileInfo(file).Length > 0);

        var empty = await app.EmptyDatabaseAsync();
        try
        {
            var key = app.Provider == DatabaseProvider.Sqlite ? "ConnectionStrings:Sqlite" : "ConnectionStrings:Postgres";
            var (restored, restoreOutput) = await app.RunCommandAsync(new Dictionary<string, string> { [key] = empty }, "restore", file);
            Assert.True(restored == 0, restoreOutput);

            var options = new DbContextOptionsBuilder<TandemDbContext>();
            options.UseTandemProvider(app.Provider, empty);
            await using var copy = new TandemDbContext(options.Options);
            Assert.Equal(before, await DatabaseSnapshot.TakeAsync(copy));
            Assert.Equal(entries, await copy.AuditEvents.CountAsync());
            Assert.Empty(await copy.Database.GetPendingMigrationsAsync());
        }
        finally
        {
            await app.DropEmptyDatabaseAsync(empty);
        }
    }

    [Fact]
    public async Task Restoring_from_a_missing_file_says_so_and_changes_nothing()
    {
        var before = await DatabaseSnapshot.TakeAsync(app);
        var (exitCode, output) = await app.RunCommandAsync(null, "restore", Path.Combine(app.Folder, "no-such.backup"));
        Assert.NotEqual(0, exitCode);
        Assert.Contains("No backup at that path", output, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(app));
    }
}

[Collection(SqliteApp.Collection)]
public sealed class BackupTests_Sqlite(SqliteApp app) : BackupTests(app);

[Collection(PostgresApp.Collection)]
public sealed class BackupTests_Postgres(PostgresApp app) : BackupTests(app);
