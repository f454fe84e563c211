using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Audit;

public abstract class AuditTrailTests(TandemApp app)
{
    [Fact]
    public async Task Reading_a_case_records_who_read_which_clients_record()
    {
        var samId = await app.UserIdAsync(app.Demo.Emails["sam"]);
        var caseId = app.Demo.Cases["couple"];
        Task<int> CountAsync() => app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e =>
            e.Code == AuditCode.Case_Viewed && e.ActorId == samId && e.EntityId == caseId.ToString() && e.ClientId == app.Demo.Clients["jordan"]));

        var before = await CountAsync();
        await (await app.As(app.Demo.Emails["sam"])).GetAsync($"/Cases/{caseId}");
        Assert.Equal(before + 1, await CountAsync());
    }

    [Fact]
    public async Task The_demo_practices_signed_dosing_and_integration_records_are_in_its_audit_log()
    {
        var practice = (await app.OwnPracticeAsync()).PracticeId;
        var (signedDosing, signedIntegration) = await app.InDatabaseAsync(async db => (
            await db.DosingSessions.Where(d => d.PracticeId == practice && d.SignedAt != null).Select(d => d.Id).ToListAsync(),
            await db.IntegrationSessions.Where(i => i.PracticeId == practice && i.SignedAt != null).Select(i => i.Id).ToListAsync()));
        var audited = await app.InDatabaseAsync(db => db.AuditEvents
            .Where(e => e.PracticeId == practice && (e.Code == AuditCode.DosingSession_Signed || e.Code == AuditCode.IntegrationSession_Signed))
            .Select(e => e.EntityId).ToListAsync());

        Assert.NotEmpty(signedDosing);
        var auditedIds = audited.Select(Guid.Parse).ToHashSet();
        Assert.All(signedDosing.Concat(signedIntegration), id => Assert.Contains(id, auditedIds));
    }

    [Fact]
    public async Task An_edited_entry_is_found_by_verify()
    {
        var practice = await PracticeWithEntriesAsync(6);
        await app.InDatabaseAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE \"AuditEvents\" SET \"EntityId\" = 'rewritten' WHERE \"PracticeId\" = {practice} AND \"Sequence\" = 3"));

        var result = await VerifyAsync(practice);
        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBrokenSequence);
    }

    [Fact]
    public async Task A_deleted_middle_entry_is_found_by_verify()
    {
        var practice = await PracticeWithEntriesAsync(6);
        await app.InDatabaseAsync(db => db.Database.ExecuteSqlAsync(
            $"DELETE FROM \"AuditEvents\" WHERE \"PracticeId\" = {practice} AND \"Sequence\" = 4"));

        var result = await VerifyAsync(practice);
        Assert.False(result.IsIntact);
        Assert.Equal(4, result.FirstBrokenSequence);
    }

    [Fact]
    public async Task A_deleted_newest_entry_is_found_by_verify()
    {
        var practice = await PracticeWithEntriesAsync(6);
        Assert.True((await VerifyAsync(practice)).IsIntact);
        await app.InDatabaseAsync(db => db.Database.ExecuteSqlAsync(
            $"DELETE FROM \"AuditEvents\" WHERE \"PracticeId\" = {practice} AND \"Sequence\" = 6"));

        var result = await VerifyAsync(practice);
        Assert.False(result.IsIntact);
        Assert.Equal(6, result.FirstBrokenSequence);
    }

    [Fact]
    public async Task The_application_refuses_to_change_or_delete_an_entry()
    {
        var practice = await PracticeWithEntriesAsync(3);
        var edit = await Assert.ThrowsAsync<InvalidOperationException>(() => app.InDatabaseAsync(async db =>
        {
            (await db.AuditEvents.SingleAsync(e => e.PracticeId == practice && e.Sequence == 2)).EntityId = "rewritten";
            return await db.SaveChangesAsync();
        }));
        Assert.Contains("append-only", edit.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.InDatabaseAsync(async db =>
        {
            db.AuditEvents.Remove(await db.AuditEvents.SingleAsync(e => e.PracticeId == practice && e.Sequence == 3));
            return await db.SaveChangesAsync();
        }));

        Assert.Equal(["entry-0", "entry-1", "entry-2"], await app.InDatabaseAsync(db =>
            db.AuditEvents.Where(e => e.PracticeId == practice).OrderBy(e => e.Sequence).Select(e => e.EntityId).ToListAsync()));
        Assert.True((await VerifyAsync(practice)).IsIntact);
    }

    [Fact]
    public async Task A_missing_record_of_the_newest_link_is_reported_by_verify()
    {
        var practice = await PracticeWithEntriesAsync(3);
        var head = app.AuditHeadFile(practice);
        Assert.True(File.Exists(head));
        File.Delete(head);

        var result = await VerifyAsync(practice);
        Assert.False(result.IsIntact);
        Assert.Contains("no newest link is recorded outside the database", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Many_parallel_writers_leave_one_unbroken_chain()
    {
        var practice = await PracticeWithEntriesAsync(0);
        const int writers = 40;
        await Task.WhenAll(Enumerable.Range(0, writers).Select(i => Task.Run(() => AppendAsync(practice, i))));

        var result = await VerifyAsync(practice);
        Assert.True(result.IsIntact, result.Message);
        Assert.Equal(writers, result.EntriesChecked);
    }

    [Fact]
    public async Task The_database_refuses_a_second_link_at_the_same_place()
    {
        var practice = await PracticeWithEntriesAsync(2);
        var fork = new AuditEvent
        {
            PracticeId = practice, Sequence = 2, Code = AuditCode.Case_Viewed, EntityType = "Case", EntityId = "fork",
            OccurredAt = DateTime.UtcNow, PreviousHash = "x", Hash = "y",
        };
        await Assert.ThrowsAsync<DbUpdateException>(() => app.InDatabaseAsync(db =>
        {
            db.AuditEvents.Add(fork);
            return db.SaveChangesAsync();
        }));
    }

    private Task<Guid> PracticeWithEntriesAsync(int entries) => app.PracticeWithAuditEntriesAsync(entries);

    private Task AppendAsync(Guid practice, int i) => app.AppendAuditEntryAsync(practice, i);

    private Task<AuditVerification> VerifyAsync(Guid practice) => app.VerifyAuditAsync(practice);
}

[Collection(SqliteApp.Collection)]
public sealed class AuditTrailTests_Sqlite(SqliteApp app) : AuditTrailTests(app);

[Collection(PostgresApp.Collection)]
public sealed class AuditTrailTests_Postgres(PostgresApp app) : AuditTrailTests(app);
