using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Core.Practices;
using Tandem.Data;
using Tandem.Data.Audit;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Audit;

/// <summary>What verify and the app say when the practice row, the head file or the key is not what it should be.</summary>
public abstract class AuditRecordsOutsideTests(TandemApp app)
{
    [Fact]
    public async Task Verify_walks_a_practice_with_audit_entries_that_is_missing_from_practices()
    {
        var practice = await app.PracticeWithAuditEntriesAsync(3);
        var row = await app.InDatabaseAsync(db => db.Practices.AsNoTracking().SingleAsync(p => p.Id == practice));
        Assert.Equal(1, await RemoveBehindTheAppsBackAsync(practice));
        try
        {
            var walked = Assert.Single(await VerifyAllAsync(), r => r.PracticeId == practice);
            Assert.True(walked.Result.IsIntact, walked.Result.Message);
            Assert.Equal(3, walked.Result.EntriesChecked);
            Assert.Contains("not in Practices", walked.PracticeSlug, StringComparison.Ordinal);

            await app.InDatabaseAsync(db => db.Database.ExecuteSqlAsync(
                $"UPDATE \"AuditEvents\" SET \"EntityId\" = 'rewritten' WHERE \"PracticeId\" = {practice} AND \"Sequence\" = 2"));
            var tampered = Assert.Single(await VerifyAllAsync(), r => r.PracticeId == practice);
            Assert.Equal(2, tampered.Result.FirstBrokenSequence);
        }
        finally
        {
            await app.InDatabaseAsync(db =>
            {
                db.Practices.Add(new Practice { Id = row.Id, Slug = row.Slug, Name = row.Name, TimeZoneId = row.TimeZoneId });
                return db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task A_recorded_head_with_no_entries_at_all_is_a_break_even_for_a_practice_not_in_practices()
    {
        var practice = Guid.NewGuid();
        var head = app.AuditHeadFile(practice);
        await File.WriteAllTextAsync(head, $"3 {new string('A', 64)}");
        try
        {
            var result = Assert.Single(await VerifyAllAsync(), r => r.PracticeId == practice).Result;
            Assert.False(result.IsIntact);
            Assert.Contains("The log was empty, but entry 3 had been recorded", result.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(head);
        }
    }

    [Theory]
    [InlineData("not a head", "cannot be read")]
    [InlineData("", "is empty")]
    public async Task A_garbage_or_empty_head_file_is_named_in_a_clear_message_and_a_restarted_app_keeps_recording(string content, string message)
    {
        var practice = await app.PracticeWithAuditEntriesAsync(3);
        await File.WriteAllTextAsync(app.AuditHeadFile(practice), content);

        var result = await app.VerifyAuditAsync(practice);
        Assert.False(result.IsIntact);
        Assert.Contains($"The head file {app.AuditHeadFile(practice)} {message}", result.Message, StringComparison.Ordinal);

        await using (var restarted = app.WithWebHostBuilder(_ => { }))
        {
            await restarted.Services.AppendAuditEntryAsync(practice, 3);
        }

        var after = await app.VerifyAuditAsync(practice);
        Assert.True(after.IsIntact, after.Message);
        Assert.Equal(4, after.EntriesChecked);
    }

    [Fact]
    public async Task A_missing_key_is_reported_as_missing_and_no_new_key_is_made_while_entries_exist()
    {
        await app.PracticeWithAuditEntriesAsync(2);
        var keyFile = Path.Combine(app.Folder, "audit.key");
        var key = await File.ReadAllBytesAsync(keyFile);
        File.Delete(keyFile);
        try
        {
            var (exitCode, output) = await app.RunCommandAsync(null, "audit", "verify");
            Assert.Equal(1, exitCode);
            Assert.Contains($"The audit key file {keyFile} is missing", output, StringComparison.Ordinal);
            Assert.False(File.Exists(keyFile));

            await using var restarted = app.WithWebHostBuilder(_ => { });
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => restarted.Services.AppendAuditEntryAsync(app.Demo.PracticeId, 0));
            Assert.Contains("is missing", refused.Message, StringComparison.Ordinal);
            Assert.False(File.Exists(keyFile));
        }
        finally
        {
            await File.WriteAllBytesAsync(keyFile, key);
        }
    }

    private async Task<IReadOnlyList<PracticeAuditVerification>> VerifyAllAsync()
    {
        IReadOnlyList<PracticeAuditVerification>? results = null;
        await app.InScopeAsync(async services => results = await services.GetRequiredService<AuditVerifier>().VerifyAllAsync());
        return results!;
    }

    /// <summary>Deletes the practice row with foreign keys switched off, as someone with database access could.</summary>
    private Task<int> RemoveBehindTheAppsBackAsync(Guid practice) => app.InDatabaseAsync(async db =>
    {
        var (off, on) = app.Provider == DatabaseProvider.Sqlite
            ? ("PRAGMA foreign_keys = OFF", "PRAGMA foreign_keys = ON")
            : ("SET session_replication_role = replica", "SET session_replication_role = DEFAULT");
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync(off);
        var removed = await db.Database.ExecuteSqlAsync($"DELETE FROM \"Practices\" WHERE \"Id\" = {practice}");
        await db.Database.ExecuteSqlRawAsync(on);
        return removed;
    });
}

[Collection(SqliteApp.Collection)]
public sealed class AuditRecordsOutsideTests_Sqlite(SqliteApp app) : AuditRecordsOutsideTests(app);

[Collection(PostgresApp.Collection)]
public sealed class AuditRecordsOutsideTests_Postgres(PostgresApp app) : AuditRecordsOutsideTests(app);
