using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Core.Access;
using Tandem.Core.Cases;
using Tandem.Core.RippleMap;
using Tandem.Core.Treatment;
using Tandem.Data;
using Tandem.Web.Pages.Measures;
using Tandem.Web.Tests.Infrastructure;
using static Tandem.Web.Tests.RippleMap.MapForm;

namespace Tandem.Web.Tests.RippleMap;

/// <summary>Issue 17: a map due at baseline, the end of the series and each follow-up, shown, reminded and flagged like the questionnaires.</summary>
public abstract class MapScheduleTests(TandemApp app)
{
    private static readonly MapForm.Row Mia = new("Mia", "Partner", "Inner", "6", "Supportive");

    [Fact]
    public async Task Starting_a_series_schedules_each_partners_map_before_the_first_dose_at_the_end_and_at_each_follow_up()
    {
        var practice = await app.OwnPracticeAsync();
        var (caseId, a, b) = await app.CoupleWithLoginsAsync(practice, CaseStage.Preparation, "sam");
        var sam = await app.SignInAsync(practice.Emails["sam"]);
        var url = $"/Series/{caseId}";
        var start = NextYearMonday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await sam.SubmitAsync(await sam.GetAsync($"{url}?Input.Doses=6&Input.Start={start}"), url, "#save-plan", []);
        Assert.False(await app.InDatabaseAsync(db => db.ScheduledMaps.AnyAsync(m => m.CaseId == caseId)));

        Assert.Equal(HttpStatusCode.Redirect, (await sam.SubmitAsync(url, "form[action*=Start]", [])).StatusCode);

        var sessions = await app.InDatabaseAsync(db => db.SeriesSessions.Where(s => s.CaseId == caseId && SessionKinds.Dosing.Contains(s.Kind)).ToListAsync());
        var lastDose = sessions.Max(s => s.Date);
        foreach (var client in new[] { a, b })
        {
            var firstDose = sessions.Where(s => s.PersonClientId == client.Id || s.Kind == SessionKind.SharedJourney).Min(s => s.Date);
            var maps = await app.InDatabaseAsync(db => db.ScheduledMaps.Where(m => m.ClientId == client.Id).ToDictionaryAsync(m => m.Timepoint, m => m.DueOn));
            Assert.Equal(new Dictionary<MapTimepoint, DateOnly>
            {
                [MapTimepoint.Baseline] = firstDose.AddDays(-1),
                [MapTimepoint.EndOfSeries] = lastDose.AddDays(7),
                [MapTimepoint.OneMonth] = lastDose.AddMonths(1),
                [MapTimepoint.ThreeMonths] = lastDose.AddMonths(3),
                [MapTimepoint.SixMonths] = lastDose.AddMonths(6),
                [MapTimepoint.TwelveMonths] = lastDose.AddMonths(12),
            }, maps);
        }
    }

    [Fact]
    public async Task A_baseline_map_due_shows_on_the_portal_and_drawing_it_in_its_window_draws_it_while_a_redraw_is_any_time()
    {
        var practice = await app.OwnPracticeAsync();
        var series = await app.CoupleInSeriesAsync(practice);
        var firstDose = await app.OnDayAsync(FirstDoseOf(series, series.A.Id), 1);
        await ScheduleAsync(series);
        var ari = await app.SignInAsync(series.A.Email);
        var due = $"Your relationship map is due: draw it by {firstDose.Date.AddDays(-1).ToString("dddd d MMMM", CultureInfo.InvariantCulture)}";

        Assert.Contains(due, (await ari.GetAsync("/Portal")).Document.QuerySelector("#map-due")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(due, (await ari.GetAsync("/Portal/RippleMap")).Document.QuerySelector("#map-due")!.TextContent, StringComparison.Ordinal);
        var drawn = await DrawnAsync(ari, "OnlyMe", (0, Mia));

        Assert.Equal(drawn, await SnapshotOfAsync(series.A.Id, MapTimepoint.Baseline));
        Assert.Null((await ari.GetAsync("/Portal")).Document.QuerySelector("#map-due"));
        Assert.Null((await ari.GetAsync("/Portal/RippleMap")).Document.QuerySelector("#map-due"));
        var redrawn = await DrawnAsync(ari, "OnlyMe", (0, Mia with { Ring = "Middle" }));
        Assert.False(await app.InDatabaseAsync(db => db.ScheduledMaps.AnyAsync(m => m.SnapshotId == redrawn)));
        Assert.Equal("Drawn for the schedule: Baseline", (await ari.GetAsync($"/Portal/RippleMap/{drawn}")).Document.QuerySelector("#drawn-for")!.TextContent);
        Assert.Null((await ari.GetAsync($"/Portal/RippleMap/{redrawn}")).Document.QuerySelector("#drawn-for"));
        Assert.Null(await SnapshotOfAsync(series.A.Id, MapTimepoint.EndOfSeries));
    }

    [Fact]
    public async Task An_open_map_is_emailed_once_without_a_word_of_care_and_a_map_not_yet_open_is_not()
    {
        var practice = await app.OwnPracticeAsync();
        var series = await app.CoupleInSeriesAsync(practice);
        await app.OnDayAsync(FirstDoseOf(series, series.A.Id), 1);
        await ScheduleAsync(series);

        await SendRemindersAsync();
        await SendRemindersAsync();

        var mail = Assert.Single(app.To(series.A.Email), m => m.Subject == MapReminders.Subject);
        foreach (var word in (string[])["map", "relationship", "ripple", "partner", "ketamine", "dosing", "series", "therap"])
        {
            Assert.DoesNotContain(word, mail.Subject + mail.TextBody, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("https://localhost/Portal", mail.TextBody, StringComparison.Ordinal);
        var reminded = await app.InDatabaseAsync(db => db.ScheduledMaps.Where(m => m.ClientId == series.A.Id).ToDictionaryAsync(m => m.Timepoint, m => m.RemindedAt));
        Assert.NotNull(reminded[MapTimepoint.Baseline]);
        Assert.Null(reminded[MapTimepoint.EndOfSeries]);
    }

    [Fact]
    public async Task A_map_not_drawn_in_its_window_is_flagged_to_the_case_team_only_and_drawing_it_late_is_an_any_time_redraw()
    {
        var practice = await app.OwnPracticeAsync();
        var series = await app.CoupleInSeriesAsync(practice);
        await app.OnDayAsync(FirstDoseOf(series, series.A.Id), 1);
        await ScheduleAsync(series);
        var sam = await app.SignInAsync(practice.Emails["sam"]);
        Assert.Null((await sam.GetAsync("/Dashboard")).Document.QuerySelector("#overdue-maps"));

        var firstDose = await app.OnDayAsync(FirstDoseOf(series, series.A.Id), -40);
        await ScheduleAsync(series);
        var baseline = $"{series.A.FullName}: Baseline, due {firstDose.Date.AddDays(-1).ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}";
        var ari = await app.SignInAsync(series.A.Email);
        Assert.Null((await ari.GetAsync("/Portal")).Document.QuerySelector("#map-due"));
        var late = await DrawnAsync(ari, "MeAndMyClinician", (0, Mia with { Label = "Mia drawn late" }));

        var flagged = (await sam.GetAsync("/Dashboard")).Document.QuerySelector("#overdue-maps")!.TextContent;
        Assert.Contains(baseline, flagged, StringComparison.Ordinal);
        Assert.DoesNotContain(series.B.FullName, flagged, StringComparison.Ordinal);
        Assert.DoesNotContain("Mia", flagged, StringComparison.Ordinal);
        Assert.False(await app.InDatabaseAsync(db => db.ScheduledMaps.AnyAsync(m => m.SnapshotId == late)));
        Assert.Contains(series.A.FullName, (await sam.GetAsync("/Dashboard/OverdueMaps")).Document.QuerySelector("#overdue-maps tbody")!.TextContent, StringComparison.Ordinal);
        var outsider = await app.SignInAsync(await app.StaffAsync(practice, Roles.Clinician));
        Assert.DoesNotContain(series.A.FullName, (await outsider.GetAsync("/Dashboard")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(series.A.FullName, (await outsider.GetAsync("/Dashboard/OverdueMaps")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_series_the_one_month_map_is_due_and_drawn_while_the_missed_end_of_series_map_is_flagged()
    {
        var practice = await app.OwnPracticeAsync();
        var series = await app.CoupleInSeriesAsync(practice);
        var lastDose = await EndedAMonthAgoAsync(series);
        await ScheduleAsync(series);
        var ari = await app.SignInAsync(series.A.Email);

        var due = (await ari.GetAsync("/Portal")).Document.QuerySelector("#map-due")!.TextContent;
        Assert.Contains($"draw it by {lastDose.AddMonths(1).ToString("dddd d MMMM", CultureInfo.InvariantCulture)}", due, StringComparison.Ordinal);
        var drawn = await DrawnAsync(ari, "OnlyMe", (0, Mia));

        Assert.Equal(drawn, await SnapshotOfAsync(series.A.Id, MapTimepoint.OneMonth));
        Assert.Null(await SnapshotOfAsync(series.A.Id, MapTimepoint.EndOfSeries));
        Assert.Null(await SnapshotOfAsync(series.A.Id, MapTimepoint.ThreeMonths));
        var sam = await app.SignInAsync(practice.Emails["sam"]);
        var flagged = (await sam.GetAsync("/Dashboard")).Document.QuerySelector("#overdue-maps")!.TextContent;
        Assert.Contains($"{series.A.FullName}: End of series, due {lastDose.AddDays(7).ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}", flagged, StringComparison.Ordinal);
        Assert.DoesNotContain($"{series.A.FullName}: 1 month after the series", flagged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_couples_baseline_maps_were_drawn_when_due_and_the_rest_of_their_maps_are_ahead_not_overdue()
    {
        var practice = await app.OwnPracticeAsync();
        foreach (var client in new[] { practice.Clients["jordan"], practice.Clients["alex"] })
        {
            var maps = await app.InDatabaseAsync(db => db.ScheduledMaps.Where(m => m.ClientId == client).ToDictionaryAsync(m => m.Timepoint, m => m.SnapshotId));
            var baseline = await app.InDatabaseAsync(db => db.MapSnapshots.Where(s => s.ClientId == client).OrderBy(s => s.DrawnAt).Select(s => s.Id).FirstAsync());
            Assert.Equal(Enum.GetValues<MapTimepoint>(), maps.Keys.Order());
            Assert.Equal(baseline, maps[MapTimepoint.Baseline]);
            Assert.All(maps.Where(m => m.Key != MapTimepoint.Baseline), m => Assert.Null(m.Value));
        }

        var sam = await app.SignInAsync(practice.Emails["sam"]);
        Assert.Null((await sam.GetAsync("/Dashboard")).Document.QuerySelector("#overdue-maps"));
    }

    private static SeriesSession FirstDoseOf(SeriesCase series, Guid client) =>
        series.Sessions.Where(s => s.Kind.IsDosing() && (s.PersonClientId == client || s.Kind == SessionKind.SharedJourney)).OrderBy(s => s.Date).First();

    /// <summary>Moves the whole series back so its last dose was a month before the practice's today; returns that day.</summary>
    private Task<DateOnly> EndedAMonthAgoAsync(SeriesCase series) => app.InDatabaseAsync(async db =>
    {
        var today = await Web.Infrastructure.PracticeZones.PracticeTodayAsync(db, series.Sessions[0].PracticeId, app.Clock);
        var lastDose = series.Sessions.Where(s => s.Kind.IsDosing()).Max(s => s.Date);
        var back = lastDose.DayNumber - today.AddMonths(-1).DayNumber;
        foreach (var session in series.Sessions)
        {
            var day = session.Date.AddDays(-back);
            await db.SeriesSessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Date, day));
        }

        return today.AddMonths(-1);
    });

    /// <summary>Puts the series' maps in line with its sessions, as moving a session on the series page does.</summary>
    private Task ScheduleAsync(SeriesCase series) => app.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<TandemDbContext>();
        var practiceId = series.Sessions[0].PracticeId;
        var plan = await db.Series.SingleAsync(s => s.PracticeId == practiceId && s.CaseId == series.CaseId);
        await db.SeriesSessions.Where(s => s.PracticeId == practiceId && s.SeriesId == plan.Id).LoadAsync();
        await services.GetRequiredService<MeasurementPlan>().ScheduleSeriesAsync(plan, CaseKind.Couple, [series.A.Id, series.B.Id]);
        await db.SaveChangesAsync();
    });

    private Task<Guid?> SnapshotOfAsync(Guid client, MapTimepoint timepoint) =>
        app.InDatabaseAsync(db => db.ScheduledMaps.Where(m => m.ClientId == client && m.Timepoint == timepoint).Select(m => m.SnapshotId).SingleAsync());

    private Task SendRemindersAsync() => app.InScopeAsync(services => services.GetRequiredService<MapReminders>().SendAsync());

    private static DateOnly NextYearMonday()
    {
        var day = new DateOnly(DateTime.UtcNow.Year + 1, 3, 1);
        while (day.DayOfWeek != DayOfWeek.Monday)
        {
            day = day.AddDays(1);
        }

        return day;
    }
}

[Collection(SqliteApp.Collection)]
public sealed class MapScheduleTests_Sqlite(SqliteApp app) : MapScheduleTests(app);

[Collection(PostgresApp.Collection)]
public sealed class MapScheduleTests_Postgres(PostgresApp app) : MapScheduleTests(app);
