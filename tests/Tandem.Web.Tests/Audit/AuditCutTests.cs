using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Treatment;
using Tandem.Web.Tests.Dosing;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Audit;

/// <summary>SECURITY.md: a cut in the chain stays detected, while the practice keeps working.</summary>
public abstract class AuditCutTests(TandemApp app)
{
    private const string Alarm = "audit log has a break";

    [Fact]
    public async Task A_cut_off_tail_is_still_reported_by_verify_after_more_audited_page_views()
    {
        var practice = await app.OwnPracticeAsync();
        var slug = await app.InDatabaseAsync(db => db.Practices.Where(p => p.Id == practice.PracticeId).Select(p => p.Slug).SingleAsync());
        var sam = await app.As(practice.Emails["sam"]);
        var caseUrl = $"/Cases/{practice.Cases["couple"]}";
        Assert.Equal(HttpStatusCode.OK, (await sam.GetAsync(caseUrl)).Status);
        Assert.True((await app.VerifyAuditAsync(practice.PracticeId)).IsIntact);

        var newest = await app.CutAuditTailAsync(practice.PracticeId, 2);
        Assert.False((await app.VerifyAuditAsync(practice.PracticeId)).IsIntact);
        for (var view = 0; view < 3; view++)
        {
            Assert.Equal(HttpStatusCode.OK, (await sam.GetAsync(caseUrl)).Status);
        }

        var result = await app.VerifyAuditAsync(practice.PracticeId);
        Assert.False(result.IsIntact, result.Message);
        Assert.Equal(newest - 1, result.FirstBrokenSequence);
        Assert.Contains($"entries {newest - 1}–{newest} were cut off", result.Message, StringComparison.Ordinal);
        Assert.Equal(1, await app.AuditBreakEntriesAsync(practice.PracticeId));

        var (exitCode, output) = await app.RunCommandAsync(null, "audit", "verify");
        Assert.Equal(1, exitCode);
        Assert.Contains($"{slug}: BROKEN - Break found on", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_cut_the_admin_and_prescriber_see_the_alarm_and_a_dosing_session_in_progress_carries_on()
    {
        var practice = await app.OwnPracticeAsync();
        var series = await app.CoupleInSeriesAsync(practice);
        var url = $"/Dosing/{(await app.OnDayAsync(series.First(SessionKind.SharedJourney))).Id}";
        var (sam, maya, admin) = (await app.As(practice.Emails["sam"]), await app.As(practice.Emails["maya"]), await app.As(practice.Emails["admin"]));
        Assert.Equal(HttpStatusCode.Redirect, (await DosingForms.OrderAsync(maya, url, series.A.Id, "150")).StatusCode);
        Assert.DoesNotContain(Alarm, (await maya.GetAsync("/Dashboard")).Text, StringComparison.Ordinal);

        await app.CutAuditTailAsync(practice.PracticeId, 1);
        Assert.Equal(HttpStatusCode.Redirect, (await DosingForms.RecordAsync(sam, url, series.A.Id, dose: "150")).StatusCode);
        var dosing = await sam.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, dosing.Status);
        Assert.Contains("22B-117", dosing.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(Alarm, dosing.Text, StringComparison.Ordinal);

        var prescriber = await maya.GetAsync("/Dashboard");
        Assert.Equal(HttpStatusCode.OK, prescriber.Status);
        Assert.Contains(Alarm, prescriber.Text, StringComparison.Ordinal);
        Assert.Contains("cut off", prescriber.Document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        var practiceAdmin = await admin.GetAsync("/Settings");
        Assert.Equal(HttpStatusCode.OK, practiceAdmin.Status);
        Assert.Contains(Alarm, practiceAdmin.Text, StringComparison.Ordinal);
        var otherPractice = await app.As(app.Other.Emails["maya"]);
        Assert.DoesNotContain(Alarm, (await otherPractice.GetAsync("/Dashboard")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rewriting_the_head_file_together_with_deleting_rows_is_caught_by_the_head_history()
    {
        var practice = await app.PracticeWithAuditEntriesAsync(6);
        Assert.True((await app.VerifyAuditAsync(practice)).IsIntact);
        var fourth = await app.InDatabaseAsync(db => db.AuditEvents.Where(e => e.PracticeId == practice && e.Sequence == 4).Select(e => e.Hash).SingleAsync());

        await app.CutAuditTailAsync(practice, 2);
        await File.WriteAllTextAsync(app.AuditHeadFile(practice), $"4 {fourth}");

        var result = await app.VerifyAuditAsync(practice);
        Assert.False(result.IsIntact, result.Message);
        Assert.Equal(5, result.FirstBrokenSequence);
        Assert.Contains("head history", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_emptied_log_with_a_recorded_head_is_a_break_that_stays_after_new_entries()
    {
        var practice = await app.PracticeWithAuditEntriesAsync(3);
        await app.CutAuditTailAsync(practice, 3);
        var emptied = await app.VerifyAuditAsync(practice);
        Assert.False(emptied.IsIntact);
        Assert.Equal(1, emptied.FirstBrokenSequence);

        for (var i = 0; i < 4; i++)
        {
            await app.AppendAuditEntryAsync(practice, i);
        }

        var result = await app.VerifyAuditAsync(practice);
        Assert.False(result.IsIntact, result.Message);
        Assert.Equal(1, result.FirstBrokenSequence);
        Assert.Contains("the log was empty, but entry 3 had been recorded", result.Message, StringComparison.Ordinal);
    }
}

[Collection(SqliteApp.Collection)]
public sealed class AuditCutTests_Sqlite(SqliteApp app) : AuditCutTests(app);

[Collection(PostgresApp.Collection)]
public sealed class AuditCutTests_Postgres(PostgresApp app) : AuditCutTests(app);
