using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Treatment;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Series;

public abstract class SeriesTests(TandemApp app)
{
    private static readonly string NextYearMonday = FirstMondayOfNextYear().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_couples_series_is_planned_checked_and_started()
    {
        var (caseId, _, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var sam = await app.As(app.Demo.Emails["sam"]);
        var url = $"/Series/{caseId}";

        var preview = await sam.GetAsync($"{url}?Input.Doses=8&Input.Start={NextYearMonday}");
        // Four individual steps (a journey and an integration for each partner) and four shared steps (a journey and a joint integration).
        Assert.Equal(24, preview.Document.QuerySelectorAll("table.series tbody tr").Length);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.SeriesSessions.CountAsync(s => s.CaseId == caseId)));

        var saved = await sam.SubmitAsync(preview, url, "#save-plan", []);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var sessions = await app.InDatabaseAsync(db => db.SeriesSessions.Where(s => s.CaseId == caseId).ToListAsync());
        Assert.Equal(24, sessions.Count);
        Assert.Equal(4, sessions.Count(s => s.Kind == SessionKind.SharedJourney));

        var planned = await sam.GetAsync(url);
        Assert.Contains("The plan keeps every rule.", planned.Text, StringComparison.Ordinal);
        var started = await sam.SubmitAsync(planned, url, "form[action*=Start]", []);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal(CaseStage.DosingSeries, await app.InDatabaseAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Stage).SingleAsync()));
    }

    [Fact]
    public async Task Moving_a_dose_too_close_is_explained_in_words_and_the_series_cannot_start()
    {
        var (caseId, a, b) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var sam = await app.As(app.Demo.Emails["sam"]);
        var url = $"/Series/{caseId}";
        await sam.SubmitAsync(await sam.GetAsync($"{url}?Input.Doses=6&Input.Start={NextYearMonday}"), url, "#save-plan", []);

        var shared = await app.InDatabaseAsync(db => db.SeriesSessions.Where(s => s.CaseId == caseId && s.Kind == SessionKind.SharedJourney).OrderBy(s => s.Date).FirstAsync());
        var page = await sam.GetAsync(url);
        var moved = await sam.SubmitAsync(page, url, $"form[action*=Move]:has(input[name=number][value='{shared.Number}'])",
            new() { ["date"] = shared.Date.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        // The partner whose individual journey falls later in week 1 (the Thursday) is now too close to the shared journey.
        var secondPartner = await app.InDatabaseAsync(db => db.SeriesSessions
            .Where(s => s.CaseId == caseId && s.Step == 1 && s.Kind == SessionKind.IndividualJourney)
            .OrderByDescending(s => s.Date).Select(s => s.PersonClientId).FirstAsync());
        var (late, early) = secondPartner == b.Id ? (b, a) : (a, b);
        var after = await sam.GetAsync(url);
        Assert.Contains($"{late.FullName.Split(' ')[0]}'s dosing sessions on", after.Text, StringComparison.Ordinal);
        Assert.Contains("are too close: the next one can be on", after.Text, StringComparison.Ordinal);
        Assert.Null(after.Document.QuerySelector("form[action*=Start]"));
        Assert.DoesNotContain($"{early.FullName.Split(' ')[0]}'s dosing sessions on", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_a_session_needs_a_reason_and_keeps_the_session()
    {
        var (caseId, _, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var sam = await app.As(app.Demo.Emails["sam"]);
        var url = $"/Series/{caseId}";
        await sam.SubmitAsync(await sam.GetAsync($"{url}?Input.Doses=6&Input.Start={NextYearMonday}"), url, "#save-plan", []);
        var page = await sam.GetAsync(url);

        var refused = await sam.SubmitAsync(page, url, "form[action*=Cancel]", new() { ["reason"] = " " });
        Assert.Contains("Say why the session is cancelled", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.SeriesSessions.CountAsync(s => s.CaseId == caseId && s.Cancelled)));

        await sam.SubmitAsync(page, url, "form[action*=Cancel]", new() { ["reason"] = "Flu" });
        var cancelled = await app.InDatabaseAsync(db => db.SeriesSessions.SingleAsync(s => s.CaseId == caseId && s.Cancelled));
        Assert.Equal("Flu", cancelled.CancelReason);
        var after = await sam.GetAsync(url);
        Assert.Contains("has 5 dosing sessions planned; a series has 6 to 8.", after.Text, StringComparison.Ordinal);
        Assert.Contains("(cancelled)", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_case_team_sees_or_changes_the_series()
    {
        var (caseId, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "maya");
        var url = $"/Series/{caseId}";
        Assert.Equal(HttpStatusCode.OK, (await (await app.As(app.Demo.Emails["maya"])).GetAsync(url)).Status);
        foreach (var outsider in new[] { app.Demo.Emails["sam"], app.Demo.Emails["admin"], app.Other.Emails["maya"] })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.As(outsider)).GetAsync(url)).Status);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync(a.Email)).GetAsync(url)).Status);
    }

    [Fact]
    public async Task A_paused_case_keeps_its_link_to_the_series_plan()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var sam = await app.As(app.Demo.Emails["sam"]);
        var moved = await sam.SubmitAsync($"/Cases/{series.CaseId}/Move", "form.narrow",
            new() { ["Input.To"] = "Paused", ["Input.Reason"] = "Travelling for three weeks" });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        var casePage = await sam.GetAsync($"/Cases/{series.CaseId}");
        Assert.Equal("Paused", casePage.Document.QuerySelector("#case-stage")?.TextContent);
        Assert.NotNull(casePage.Document.QuerySelector($"a[href='/Series/{series.CaseId}']"));
    }

    private static DateOnly FirstMondayOfNextYear()
    {
        var day = new DateOnly(DateTime.UtcNow.Year + 1, 1, 1);
        while (day.DayOfWeek != DayOfWeek.Monday)
        {
            day = day.AddDays(1);
        }

        return day;
    }
}

[Collection(SqliteApp.Collection)]
public sealed class SeriesTests_Sqlite(SqliteApp app) : SeriesTests(app);

[Collection(PostgresApp.Collection)]
public sealed class SeriesTests_Postgres(PostgresApp app) : SeriesTests(app);
