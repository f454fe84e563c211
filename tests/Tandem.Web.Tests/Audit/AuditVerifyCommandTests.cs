using Microsoft.EntityFrameworkCore;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Audit;

/// <summary>The operator's command, run as its own process against the same database and key.</summary>
public abstract class AuditVerifyCommandTests(TandemApp app)
{
    [Fact]
    public async Task Audit_verify_reports_an_intact_chain_then_names_the_first_broken_entry()
    {
        var practice = await app.PracticeWithAuditEntriesAsync(4);
        var slug = await app.InDatabaseAsync(db => db.Practices.Where(p => p.Id == practice).Select(p => p.Slug).SingleAsync());

        var (_, before) = await RunAsync("audit", "verify");
        Assert.Contains($"{slug}: ok - 4 entries, chain intact.", before, StringComparison.Ordinal);

        await app.InDatabaseAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE \"AuditEvents\" SET \"ActorId\" = NULL WHERE \"PracticeId\" = {practice} AND \"Sequence\" = 2"));
        var (exitCode, after) = await RunAsync("audit", "verify");
        Assert.Equal(1, exitCode);
        Assert.Contains($"{slug}: BROKEN - Entry 2 was altered.", after, StringComparison.Ordinal);
    }

    private Task<(int ExitCode, string Output)> RunAsync(params string[] args) => app.RunCommandAsync(null, args);
}

[Collection(SqliteApp.Collection)]
public sealed class AuditVerifyCommandTests_Sqlite(SqliteApp app) : AuditVerifyCommandTests(app);

[Collection(PostgresApp.Collection)]
public sealed class AuditVerifyCommandTests_Postgres(PostgresApp app) : AuditVerifyCommandTests(app);
