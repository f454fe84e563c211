using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Core.Audit;
using Tandem.Data;
using Tandem.Data.Audit;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Audit;

/// <summary>
/// Decision 0008: reads of one practice share commits, yet no page is sent before its read entries are committed, and
/// reads and clinical writes appended together still make one unbroken chain.
/// </summary>
public abstract class AuditGroupCommitTests(TandemApp app)
{
    [Fact]
    public async Task A_page_is_sent_only_once_its_read_entries_are_committed()
    {
        var practice = await app.OwnPracticeAsync();
        var (sam, caseId) = (await app.SignInAsync(practice.Emails["sam"]), practice.Cases["couple"]);
        Assert.Equal(HttpStatusCode.OK, (await sam.GetAsync($"/Cases/{caseId}")).Status);
        var before = await ReadsOfAsync(caseId);

        Task<PageSession.Page> page;
        await using (var held = await HoldChainAsync(practice.PracticeId))
        {
            page = sam.GetAsync($"/Cases/{caseId}");
            await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
            Assert.False(page.IsCompleted, "the page was sent while its read entries could not yet be committed");
            await held.CommitAsync();
        }

        Assert.Equal(HttpStatusCode.OK, (await page).Status);
        Assert.Equal(before + 2, await ReadsOfAsync(caseId));
    }

    [Fact]
    public async Task Concurrent_reads_of_a_practice_share_commits_and_every_one_reaches_the_chain()
    {
        const int reads = 30;
        var practice = await app.PracticeWithAuditEntriesAsync(1);
        var commitsBefore = HeadsRecorded(practice);

        Task[] appends;
        await using (var held = await HoldChainAsync(practice))
        {
            appends = [.. Enumerable.Range(0, reads).Select(i => Task.Run(() => app.AppendAuditEntryAsync(practice, i), TestContext.Current.CancellationToken))];
            await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
            Assert.DoesNotContain(appends, a => a.IsCompleted);
            await held.CommitAsync();
        }

        await Task.WhenAll(appends);
        var result = await app.VerifyAuditAsync(practice);
        Assert.True(result.IsIntact, result.Message);
        Assert.Equal(1 + 1 + reads, result.EntriesChecked);

        // One head update per commit: the held write's, then the reads' in no more than two commits.
        Assert.InRange(HeadsRecorded(practice) - commitsBefore, 2, 3);
    }

    [Fact]
    public async Task Reads_and_clinical_writes_appended_at_once_leave_one_unbroken_chain()
    {
        const int each = 20;
        var practice = await app.PracticeWithAuditEntriesAsync(0);
        var reads = Enumerable.Range(0, each).Select(i => Task.Run(() => app.AppendAuditEntryAsync(practice, i), TestContext.Current.CancellationToken));
        var writes = Enumerable.Range(0, each).Select(i => Task.Run(() => WriteAsync(practice, i), TestContext.Current.CancellationToken));
        await Task.WhenAll(reads.Concat(writes));

        var result = await app.VerifyAuditAsync(practice);
        Assert.True(result.IsIntact, result.Message);
        Assert.Equal(2 * each, result.EntriesChecked);
        Assert.Equal(each, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.PracticeId == practice && e.EntityId.StartsWith("written-"))));
    }

    [Fact]
    public async Task A_read_saves_nothing_else_and_a_change_is_saved_only_where_it_says_so()
    {
        var practice = await app.OwnPracticeAsync();
        var caseId = practice.Cases["couple"];
        var sam = await app.InDatabaseAsync(db => db.Users.Where(u => u.Email == practice.Emails["sam"]).Select(u => u.Id).SingleAsync());
        var note = new Core.Cases.CaseNote { PracticeId = practice.PracticeId, CaseId = caseId, AuthorId = sam, Text = "Written, never saved" };
        var read = new AuditEntry(AuditCode.Case_Viewed, practice.PracticeId, null, null, "Case", caseId.ToString());

        await app.InScopeAsync(async services =>
        {
            services.GetRequiredService<TandemDbContext>().CaseNotes.Add(note);
            await Assert.ThrowsAsync<InvalidOperationException>(() => services.GetRequiredService<AuditLog>().RecordReadAsync([read]));
        });
        Assert.False(await app.InDatabaseAsync(db => db.CaseNotes.AnyAsync(n => n.PracticeId == practice.PracticeId && n.Id == note.Id)));

        await app.InScopeAsync(async services =>
        {
            services.GetRequiredService<TandemDbContext>().CaseNotes.Add(note);
            await services.GetRequiredService<AuditLog>().SaveWithAsync(new AuditEntry(AuditCode.CaseNote_Added, practice.PracticeId, null, null, "CaseNote", note.Id.ToString()));
        });
        Assert.True(await app.InDatabaseAsync(db => db.CaseNotes.AnyAsync(n => n.PracticeId == practice.PracticeId && n.Id == note.Id)));
    }

    /// <summary>A clinical write: its entry appended in the transaction of the change it records, holding the chain until it commits.</summary>
    private async Task<HeldChain> HoldChainAsync(Guid practice, string entityId = "held")
    {
        var scope = app.Services.CreateAsyncScope();
        var transaction = await scope.ServiceProvider.GetRequiredService<TandemDbContext>().Database.BeginTransactionAsync();
        await scope.ServiceProvider.GetRequiredService<AuditLog>().SaveWithAsync(new AuditEntry(AuditCode.CaseNote_Added, practice, null, null, "CaseNote", entityId));
        return new HeldChain(scope, transaction);
    }

    private async Task WriteAsync(Guid practice, int i)
    {
        await using var held = await HoldChainAsync(practice, "written-" + i);
        await held.CommitAsync();
    }

    private Task<int> ReadsOfAsync(Guid caseId) =>
        app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.Code == AuditCode.Case_Viewed && e.EntityId == caseId.ToString()));

    private int HeadsRecorded(Guid practice) =>
        File.ReadLines(Path.ChangeExtension(app.AuditHeadFile(practice), ".heads")).Count(line => line.StartsWith("head ", StringComparison.Ordinal));

    private sealed class HeldChain(AsyncServiceScope scope, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction) : IAsyncDisposable
    {
        public Task CommitAsync() => transaction.CommitAsync();

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await scope.DisposeAsync();
        }
    }
}

[Collection(SqliteApp.Collection)]
public sealed class AuditGroupCommitTests_Sqlite(SqliteApp app) : AuditGroupCommitTests(app);

[Collection(PostgresApp.Collection)]
public sealed class AuditGroupCommitTests_Postgres(PostgresApp app) : AuditGroupCommitTests(app);
