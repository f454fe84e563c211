using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Core.Audit;
using Tandem.Data;
using Tandem.Data.Audit;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Audit;

/// <summary>
/// The in-process twin of the browser suite's kill test, which cannot aim its kill: a commit whose head update never
/// ran, then a fresh start of the app (a new host over the same database and folder), which must tell that apart from a cut.
/// </summary>
public abstract class AuditRestartTests(TandemApp app)
{
    [Fact]
    public async Task After_a_crash_between_a_commit_and_its_head_update_the_next_start_moves_the_head_on_and_verify_passes()
    {
        var practice = await app.PracticeWithAuditEntriesAsync(3);
        await CommitWithoutHeadUpdateAsync(practice);
        Assert.Equal(4, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.PracticeId == practice)));
        Assert.StartsWith("3 ", await File.ReadAllTextAsync(app.AuditHeadFile(practice)), StringComparison.Ordinal);
        Assert.True((await app.VerifyAuditAsync(practice)).IsIntact);

        await using (var restarted = app.WithWebHostBuilder(_ => { }))
        {
            await restarted.Services.AppendAuditEntryAsync(practice, 4);
        }

        Assert.StartsWith("5 ", await File.ReadAllTextAsync(app.AuditHeadFile(practice)), StringComparison.Ordinal);
        Assert.Equal(0, await app.AuditBreakEntriesAsync(practice));
        var result = await app.VerifyAuditAsync(practice);
        Assert.True(result.IsIntact, result.Message);
        Assert.Equal(5, result.EntriesChecked);
    }

    [Fact]
    public async Task After_a_cut_the_next_start_marks_a_break_and_verify_fails_from_then_on()
    {
        var practice = await app.PracticeWithAuditEntriesAsync(4);
        await app.CutAuditTailAsync(practice, 1);

        for (var start = 0; start < 2; start++)
        {
            await using var restarted = app.WithWebHostBuilder(_ => { });
            for (var i = 0; i < 3; i++)
            {
                await restarted.Services.AppendAuditEntryAsync(practice, 10 * start + i);
            }

            var result = await app.VerifyAuditAsync(practice);
            Assert.False(result.IsIntact, result.Message);
            Assert.Equal(4, result.FirstBrokenSequence);
            Assert.Contains("entry 4 was cut off", result.Message, StringComparison.Ordinal);
        }

        Assert.Equal(1, await app.AuditBreakEntriesAsync(practice));
    }

    /// <summary>Commits an entry in the database but never runs the after-commit work, as if the process died in between.</summary>
    private Task CommitWithoutHeadUpdateAsync(Guid practice) => app.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<TandemDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await services.GetRequiredService<AuditLog>().RecordReadAsync([new AuditEntry(AuditCode.Client_Viewed, practice, null, null, "Client", "crash")]);
        await transaction.GetDbTransaction().CommitAsync();
    });
}

[Collection(SqliteApp.Collection)]
public sealed class AuditRestartTests_Sqlite(SqliteApp app) : AuditRestartTests(app);

[Collection(PostgresApp.Collection)]
public sealed class AuditRestartTests_Postgres(PostgresApp app) : AuditRestartTests(app);
