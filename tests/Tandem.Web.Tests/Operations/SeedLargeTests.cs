using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Web.Tests.Infrastructure;
using Tandem.Web.Tests.Security;

namespace Tandem.Web.Tests.Operations;

/// <summary><c>seed-large</c> run as an operator runs it: into an empty database, and refused beside a practice.</summary>
public abstract class SeedLargeTests(TandemApp app)
{
    [Fact]
    public async Task The_generated_practice_has_couples_cases_at_every_stage_signed_doses_answers_and_an_intact_audit_chain()
    {
        await using var generated = await GeneratedPractice.CreateAsync(app);
        var (exitCode, output) = await generated.RunAsync("seed-large", "--clients", "150");
        Assert.True(exitCode == 0, output);
        Assert.Contains("clients 150/150", output, StringComparison.Ordinal);

        await using var db = generated.OpenDatabase();
        Assert.Equal("large", (await db.Practices.SingleAsync()).Slug);
        Assert.Equal(150, await db.Clients.CountAsync(c => c.UserId != null));
        Assert.InRange(await db.CaseParticipants.CountAsync(p => db.Cases.Any(c => c.Id == p.CaseId && c.Kind == CaseKind.Couple)), 25, 35);
        Assert.Equal(Enum.GetValues<CaseStage>().Order(), (await db.Cases.Select(c => c.Stage).Distinct().ToListAsync()).Order());

        var doses = await db.DosingRecords.Select(r => r.DoseMg).ToListAsync();
        Assert.NotEmpty(doses);
        Assert.All(doses, mg => Assert.InRange(mg!.Value, 75m, 300m));
        Assert.Equal(0, await db.DosingSessions.CountAsync(s => s.SignedAt == null));
        Assert.Equal(3 * doses.Count, await db.VitalsReadings.CountAsync());
        Assert.True(await db.IntegrationSessions.AnyAsync(s => s.SignedAt != null));
        Assert.True(await db.SeriesSessions.CountAsync() > await db.DosingSessions.CountAsync());

        // Answers in the app's own format: its scoring gives back the stored score.
        var answered = await db.QuestionnaireResponses.Where(r => r.SubmittedAt != null).ToListAsync();
        Assert.NotEmpty(answered);
        Assert.All(answered, r => Assert.Equal(r.Instrument.Score(r.Answers), r.Score));
        Assert.All(answered, r => Assert.Equal(r.Instrument.AllItems.Count(), r.Answers.Count));
        Assert.True(await db.QuestionnaireResponses.AnyAsync(r => r.SubmittedAt == null));

        Assert.True(await db.JournalEntries.AnyAsync());
        Assert.True(await db.Shares.AnyAsync());
        Assert.True(await db.HomePracticeCheckIns.AnyAsync());
        Assert.True(await db.RepairEpisodes.AnyAsync(e => e.RevealedAt != null));
        Assert.True(await db.AuditEvents.CountAsync() > 1000);

        // The planner has statistics for the tables the dashboard's access predicates read, whatever the insert order.
        var analysed = db.Database.IsNpgsql()
            ? "SELECT count(*)::int AS \"Value\" FROM pg_stat_user_tables WHERE relname IN ('Cases', 'CaseTeamMembers', 'AspNetUsers') AND last_analyze IS NOT NULL"
            : "SELECT count(DISTINCT tbl) AS \"Value\" FROM sqlite_stat1 WHERE tbl IN ('Cases', 'CaseTeamMembers', 'AspNetUsers')";
        Assert.Equal(3, await db.Database.SqlQueryRaw<int>(analysed).SingleAsync());

        var (verified, verifyOutput) = await generated.RunAsync("audit", "verify");
        Assert.True(verified == 0, verifyOutput);
        Assert.Matches(@"large: ok - \d+ entries, chain intact\.", verifyOutput);
    }

    [Fact]
    public async Task The_same_seed_generates_the_same_practice_and_another_seed_another()
    {
        var first = await FingerprintAsync("1");
        Assert.Equal(first, await FingerprintAsync("1"));
        Assert.NotEqual(first, await FingerprintAsync("2"));
    }

    [Fact]
    public async Task Seed_large_refuses_a_database_that_holds_a_practice_and_writes_nothing()
    {
        var before = await DatabaseSnapshot.TakeAsync(app);
        var entries = await app.InDatabaseAsync(db => db.AuditEvents.CountAsync());

        var (exitCode, output) = await app.RunCommandAsync(null, "seed-large", "--clients", "20");

        Assert.Equal(1, exitCode);
        Assert.Contains("already holds a practice", output, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(app));
        Assert.Equal(entries, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync()));
    }

    [Fact]
    public async Task Seed_large_with_a_size_that_is_not_a_number_says_how_to_use_it()
    {
        var (exitCode, output) = await app.RunCommandAsync(null, "seed-large", "--clients", "lots");

        Assert.Equal(2, exitCode);
        Assert.Contains("Usage: seed-large [--clients N] [--seed S]", output, StringComparison.Ordinal);
    }

    /// <summary>The people, the stages and the volumes of a generated practice: all that the seed decides (ids and stamps are new each run).</summary>
    private async Task<string> FingerprintAsync(string seed)
    {
        await using var generated = await GeneratedPractice.CreateAsync(app);
        var (exitCode, output) = await generated.RunAsync("seed-large", "--clients", "60", "--seed", seed);
        Assert.True(exitCode == 0, output);

        await using var db = generated.OpenDatabase();
        var clients = await db.Clients.Select(c => c.FirstName + " " + c.LastName + " " + c.Email).ToListAsync();
        var cases = await db.Cases.Select(c => new { c.Name, c.Kind, c.Stage, c.MoveCount }).ToListAsync();
        var doses = await db.DosingRecords.Select(r => r.DoseMg).ToListAsync();
        var scores = await db.QuestionnaireResponses.Select(r => new { r.InstrumentCode, r.Timepoint, r.Score }).ToListAsync();
        var volumes = new[]
        {
            await db.SeriesSessions.CountAsync(), await db.IntegrationSessions.CountAsync(), await db.JournalEntries.CountAsync(),
            await db.HomePracticeCheckIns.CountAsync(), await db.RepairEpisodes.CountAsync(), await db.AuditEvents.CountAsync(),
        };
        Assert.Equal(60, clients.Count);
        return string.Join('\n', [
            .. clients.Order(StringComparer.Ordinal), .. cases.Select(c => $"{c.Name} {c.Kind} {c.Stage} {c.MoveCount}").Order(StringComparer.Ordinal),
            string.Join(',', doses.Order()), .. scores.Select(s => $"{s.InstrumentCode} {s.Timepoint.Code} {s.Score}").Order(StringComparer.Ordinal),
            string.Join(',', volumes)]);
    }
}

[Collection(SqliteApp.Collection)]
public sealed class SeedLargeTests_Sqlite(SqliteApp app) : SeedLargeTests(app);

[Collection(PostgresApp.Collection)]
public sealed class SeedLargeTests_Postgres(PostgresApp app) : SeedLargeTests(app);
