using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Dosing;
using Tandem.Core.Treatment;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Series;

/// <summary>DOMAIN.md's FollowUp → Preparation: the clinician starts a new series (maintenance) and the first one stays on record.</summary>
public abstract class MaintenanceSeriesTests(TandemApp app)
{
    [Fact]
    public async Task A_case_back_in_preparation_plans_and_starts_a_maintenance_series_and_the_first_series_stays_readable()
    {
        var first = await app.CoupleInSeriesAsync(app.Demo);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var signed = await FinishFirstSeriesAsync(first, tag);
        var sam = await app.As(app.Demo.Emails["sam"]);
        var url = $"/Series/{first.CaseId}";
        var followUp = await sam.GetAsync(url);
        Assert.Null(followUp.Document.QuerySelector("#save-plan"));
        Assert.NotNull(followUp.Document.QuerySelector($"#plan-maintenance a[href='/Cases/{first.CaseId}/Move']"));
        var moved = await sam.SubmitAsync($"/Cases/{first.CaseId}/Move", "form.narrow",
            new() { ["Input.To"] = "Preparation", ["Input.Reason"] = "Maintenance series after a relapse" });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        var start = NextMonday(await app.InDatabaseAsync(db => Web.Infrastructure.PracticeZones.PracticeTodayAsync(db, app.Demo.PracticeId, app.Clock)));
        var preview = await sam.GetAsync($"{url}?Input.Doses=6&Input.Start={start:yyyy-MM-dd}");
        Assert.NotNull(preview.Document.QuerySelector("#save-plan"));
        var firstStart = await app.InDatabaseAsync(db => db.Series.Where(s => s.CaseId == first.CaseId).Select(s => s.StartDate).SingleAsync());
        Assert.Contains(firstStart.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), preview.Document.QuerySelector("#earlier-series")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await sam.SubmitAsync(preview, url, "#save-plan", [])).StatusCode);
        var maintenance = await app.InDatabaseAsync(db => db.Series.Include(s => s.Sessions).SingleAsync(s => s.CaseId == first.CaseId && s.StartDate == start));
        Assert.Equal(2, await app.InDatabaseAsync(db => db.Series.CountAsync(s => s.CaseId == first.CaseId)));

        var planned = await sam.GetAsync(url);
        Assert.Contains("The plan keeps every rule.", planned.Text, StringComparison.Ordinal);
        var records = planned.Document.QuerySelectorAll("table.series a.record-link").Select(a => a.GetAttribute("href")!.Split('/')[^1]).ToHashSet();
        Assert.Equal(maintenance.Sessions.Select(s => s.Id.ToString()).ToHashSet(), records);
        Assert.Equal(HttpStatusCode.Redirect, (await sam.SubmitAsync(planned, url, "form[action*=Start]", [])).StatusCode);
        Assert.Equal(CaseStage.DosingSeries, await app.InDatabaseAsync(db => db.Cases.Where(c => c.Id == first.CaseId).Select(c => c.Stage).SingleAsync()));
        Assert.True(await app.InDatabaseAsync(db => db.QuestionnaireResponses.AnyAsync(r => r.SeriesId == maintenance.Id)));
        Assert.StartsWith("Maintenance series started: 6 dosing sessions per person", await app.InDatabaseAsync(db => db.CaseStageChanges
            .Where(c => c.CaseId == first.CaseId).OrderByDescending(c => c.Number).Select(c => c.Reason).FirstAsync()), StringComparison.Ordinal);

        // The first series' signed record is untouched and still opens, from the case timeline too.
        var oldSheet = await sam.GetAsync($"/Dosing/{signed}");
        Assert.Equal(HttpStatusCode.OK, oldSheet.Status);
        Assert.Contains($"observation-{tag}", oldSheet.Text, StringComparison.Ordinal);
        Assert.NotNull(await app.InDatabaseAsync(db => db.DosingSessions.Where(d => d.SeriesSessionId == signed).Select(d => d.SignedAt).SingleAsync()));
        var timeline = (await sam.GetAsync($"/Cases/{first.CaseId}")).Document.QuerySelector("#timeline")!.TextContent;
        Assert.Contains("100 mg and 100 mg given", timeline, StringComparison.Ordinal);
        Assert.True(timeline.IndexOf("100 mg and 100 mg given", StringComparison.Ordinal) < timeline.IndexOf("Maintenance series", StringComparison.Ordinal));
        Assert.NotNull(planned.Document.QuerySelector($"#earlier-series a[href='/Dosing/{signed}']"));

        var newJourney = maintenance.Sessions.Where(s => s.Kind == SessionKind.SharedJourney).MinBy(s => s.Date)!;
        var newSheet = await sam.GetAsync($"/Dosing/{newJourney.Id}");
        Assert.Equal(HttpStatusCode.OK, newSheet.Status);
        Assert.DoesNotContain($"observation-{tag}", newSheet.Text, StringComparison.Ordinal);

        var portal = await (await app.SignInAsync(first.A.Email)).GetAsync("/Portal/Sessions");
        var upcoming = portal.Document.QuerySelectorAll("#upcoming li").Select(li => li.TextContent).ToList();
        Assert.Equal(maintenance.Sessions.Count(s => s.PersonClientId is null || s.PersonClientId == first.A.Id), upcoming.Count);
        Assert.StartsWith(maintenance.Sessions.Min(s => s.Date).ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture), upcoming[0], StringComparison.Ordinal);
        Assert.NotNull(portal.Document.QuerySelector($"#done a[href='/Portal/Sessions/{signed}']"));
    }

    [Fact]
    public async Task A_plan_already_saved_for_the_maintenance_series_is_not_planned_twice()
    {
        var first = await app.CoupleInSeriesAsync(app.Demo);
        await FinishFirstSeriesAsync(first, "again");
        await app.InDatabaseAsync(db => db.Cases.Where(c => c.Id == first.CaseId).ExecuteUpdateAsync(u => u.SetProperty(c => c.Stage, CaseStage.Preparation)));
        var sam = await app.As(app.Demo.Emails["sam"]);
        var url = $"/Series/{first.CaseId}";
        var preview = await sam.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await sam.SubmitAsync(preview, url, "#save-plan", [])).StatusCode);

        var twice = await sam.SubmitAsync(preview, url, "#save-plan", []);
        Assert.Contains("This case already has a planned series.", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await app.InDatabaseAsync(db => db.Series.CountAsync(s => s.CaseId == first.CaseId)));
    }

    [Fact]
    public async Task The_earlier_series_last_dose_still_counts_when_spacing_the_first_maintenance_dose()
    {
        var first = await app.CoupleInSeriesAsync(app.Demo);
        var signed = await FinishFirstSeriesAsync(first, "spacing");
        await app.InDatabaseAsync(async db =>
        {
            var zone = await Web.Infrastructure.PracticeZones.PracticeZoneAsync(db, app.Demo.PracticeId);
            var today = await Web.Infrastructure.PracticeZones.PracticeTodayAsync(db, app.Demo.PracticeId, app.Clock);
            var yesterday = Web.Infrastructure.LocalTime.ToUtc(today.AddDays(-1), new TimeOnly(12, 0), zone);
            return await db.DosingRecords.Where(r => r.CaseId == first.CaseId).ExecuteUpdateAsync(u => u.SetProperty(r => r.GivenAt, yesterday));
        });
        await app.InDatabaseAsync(db => db.Cases.Where(c => c.Id == first.CaseId).ExecuteUpdateAsync(u => u.SetProperty(c => c.Stage, CaseStage.Preparation)));
        var sam = await app.As(app.Demo.Emails["sam"]);
        var url = $"/Series/{first.CaseId}";
        Assert.Equal(HttpStatusCode.Redirect, (await sam.SubmitAsync(await sam.GetAsync(url), url, "#save-plan", [])).StatusCode);
        var journey = await app.InDatabaseAsync(db => db.SeriesSessions
            .Where(s => s.CaseId == first.CaseId && s.Kind == SessionKind.SharedJourney && s.Id != signed && s.Date > DateOnly.FromDateTime(DateTime.UtcNow))
            .OrderBy(s => s.Date).FirstAsync());
        await app.OnDayAsync(journey);

        var sheet = await sam.GetAsync($"/Dosing/{journey.Id}");

        Assert.Equal(HttpStatusCode.OK, sheet.Status);
        Assert.NotNull(sheet.Document.QuerySelector($"#person-{first.A.Id} li[data-check=TooSoon]"));
    }

    [Fact]
    public async Task A_series_started_by_moving_the_case_by_hand_is_not_planned_over_when_the_case_comes_back_to_preparation()
    {
        var (caseId, _, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var sam = await app.As(app.Demo.Emails["sam"]);
        var url = $"/Series/{caseId}";
        Assert.Equal(HttpStatusCode.Redirect, (await sam.SubmitAsync(await sam.GetAsync(url), url, "#save-plan", [])).StatusCode);
        var started = await sam.SubmitAsync($"/Cases/{caseId}/Move", "form.narrow", new() { ["Input.To"] = "DosingSeries", ["Input.Reason"] = "Started at the clinic" });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        await app.InDatabaseAsync(db => db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(u => u.SetProperty(c => c.Stage, CaseStage.FollowUp)));
        var back = await sam.SubmitAsync($"/Cases/{caseId}/Move", "form.narrow", new() { ["Input.To"] = "Preparation", ["Input.Reason"] = "Maintenance" });
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);

        var page = await sam.GetAsync(url);

        Assert.NotNull(page.Document.QuerySelector("#save-plan"));
        Assert.Null(page.Document.QuerySelector("form[action*=Start]"));
        Assert.NotNull(page.Document.QuerySelector("#earlier-series table.series-history"));
    }

    /// <summary>Puts the whole first series in the past, signs its first shared journey and leaves the case in follow-up.</summary>
    private Task<Guid> FinishFirstSeriesAsync(SeriesCase first, string tag) => app.InDatabaseAsync(async db =>
    {
        await db.SeriesSessions.Where(s => s.CaseId == first.CaseId).ExecuteUpdateAsync(u => u.SetProperty(s => s.Date, s => s.Date.AddDays(-120)));
        await db.Series.Where(s => s.CaseId == first.CaseId).ExecuteUpdateAsync(u => u.SetProperty(s => s.StartDate, s => s.StartDate.AddDays(-120)));
        await db.Cases.Where(c => c.Id == first.CaseId).ExecuteUpdateAsync(u => u.SetProperty(c => c.Stage, CaseStage.FollowUp));
        var journey = first.First(SessionKind.SharedJourney);
        var sam = await db.Users.Where(u => u.Email == app.Demo.Emails["sam"]).Select(u => u.Id).SingleAsync();
        var given = app.Clock.GetUtcNow().UtcDateTime.AddDays(-110);
        var dosing = new DosingSession { PracticeId = app.Demo.PracticeId, SeriesSessionId = journey.Id, CaseId = first.CaseId, Observations = $"observation-{tag}", SignedById = sam, SignedAt = given };
        foreach (var person in new[] { first.A, first.B })
        {
            dosing.Records.Add(new DosingRecord { PracticeId = app.Demo.PracticeId, DosingSessionId = dosing.Id, CaseId = first.CaseId, ClientId = person.Id, DoseMg = 100m, WeightKg = 70, LotNumber = "LOT-1", GivenAt = given });
        }

        db.DosingSessions.Add(dosing);
        await db.SaveChangesAsync();
        return journey.Id;
    });

    private static DateOnly NextMonday(DateOnly today)
    {
        var day = today.AddDays(1);
        while (day.DayOfWeek != DayOfWeek.Monday)
        {
            day = day.AddDays(1);
        }

        return day;
    }
}

[Collection(SqliteApp.Collection)]
public sealed class MaintenanceSeriesTests_Sqlite(SqliteApp app) : MaintenanceSeriesTests(app);

[Collection(PostgresApp.Collection)]
public sealed class MaintenanceSeriesTests_Postgres(PostgresApp app) : MaintenanceSeriesTests(app);
