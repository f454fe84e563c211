using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
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
        var logs = await app.InDatabaseAsync(db => db.AuditEvents.Select(e => e.PracticeId).Distinct().CountAsync());

        var (backedUp, output) = await app.RunCommandAsync(null, "backup", file);
        Assert.True(backedUp == 0, output);
        Assert.True(new FileInfo(file).Length > 0);

        var empty = await app.EmptyDatabaseAsync();
        try
        {
            var (restored, restoreOutput) = await app.RunCommandAsync(ElsewhereWith(empty, Path.Combine(app.Folder, $"heads-{Guid.NewGuid():N}")), "restore", file);
            Assert.True(restored == 0, restoreOutput);

            var options = new DbContextOptionsBuilder<TandemDbContext>();
            options.UseTandemProvider(app.Provider, empty);
            await using var copy = new TandemDbContext(options.Options);
            Assert.Equal(before, await DatabaseSnapshot.TakeAsync(copy));
            Assert.Equal(entries + logs, await copy.AuditEvents.CountAsync());
            Assert.Equal(logs, await copy.AuditEvents.CountAsync(e => e.Code == AuditCode.AuditLog_Restored));
            Assert.Empty(await copy.Database.GetPendingMigrationsAsync());
        }
        finally
        {
            await app.DropEmptyDatabaseAsync(empty);
        }
    }

    [Fact]
    public async Task After_a_restore_verify_explains_the_restore_point_instead_of_calling_it_tampering()
    {
        var practice = await app.PracticeWithAuditEntriesAsync(3);
        var slug = await app.InDatabaseAsync(db => db.Practices.Where(p => p.Id == practice).Select(p => p.Slug).SingleAsync());
        var file = Path.Combine(app.Folder, "backups", $"tandem-{Guid.NewGuid():N}.backup");
        var (backedUp, output) = await app.RunCommandAsync(null, "backup", file);
        Assert.True(backedUp == 0, output);
        await app.AppendAuditEntryAsync(practice, 3);
        await app.AppendAuditEntryAsync(practice, 4);

        // The same machine's heads, now at entry 5, over a database restored to entry 3.
        var heads = Path.Combine(app.Folder, $"heads-{Guid.NewGuid():N}");
        Directory.CreateDirectory(heads);
        foreach (var head in Directory.EnumerateFiles(Path.Combine(app.Folder, "audit-heads")))
        {
            File.Copy(head, Path.Combine(heads, Path.GetFileName(head)));
        }

        var empty = await app.EmptyDatabaseAsync();
        try
        {
            var (restored, restoreOutput) = await app.RunCommandAsync(ElsewhereWith(empty, heads), "restore", file);
            Assert.True(restored == 0, restoreOutput);
            Assert.Contains($"{slug}: audit log restored from a backup ending at entry 3; it lacks entries 4–5", restoreOutput, StringComparison.Ordinal);

            var (_, verified) = await app.RunCommandAsync(ElsewhereWith(empty, heads), "audit", "verify");
            Assert.Contains($"{slug}: ok - 4 entries, chain intact. Restored on ", verified, StringComparison.Ordinal);
            Assert.Contains("from a backup ending at entry 3; it lacks entries 4–5, written before the restore.", verified, StringComparison.Ordinal);
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

    /// <summary>Settings for a restore elsewhere: another database, and its own folder of audit heads.</summary>
    private Dictionary<string, string> ElsewhereWith(string database, string heads) => new()
    {
        [app.Provider == DatabaseProvider.Sqlite ? "ConnectionStrings:Sqlite" : "ConnectionStrings:Postgres"] = database,
        ["Audit:HeadDirectory"] = heads,
    };
}

[Collection(SqliteApp.Collection)]
public sealed class BackupTests_Sqlite(SqliteApp app) : BackupTests(app);

[Collection(PostgresApp.Collection)]
public sealed class BackupTests_Postgres(PostgresApp app) : BackupTests(app);
