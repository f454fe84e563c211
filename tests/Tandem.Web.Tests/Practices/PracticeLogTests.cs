using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Audit;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Practices;

public abstract class PracticeLogTests(TandemApp app)
{
    private const string Url = "/Portal/Practices";

    [Fact]
    public async Task A_client_checks_in_daily_sees_the_week_and_streak_and_only_the_case_team_reads_the_log()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var given = await app.PracticesGivenAsync(app.Demo, series);
        var practice = given[0];
        var a = await app.SignInAsync(series.A.Email);
        var today = await TodayAsync();

        foreach (var (daysAgo, done) in new[] { (2, true), (1, true), (0, false), (0, true) })
        {
            var saved = await a.SubmitAsync(Url, $"#practice-{practice.Id}", new()
            {
                ["CheckIn.Day"] = Day(today.AddDays(-daysAgo)), ["CheckIn.Done"] = done ? "true" : "false", ["CheckIn.HowItWent"] = "4",
                ["CheckIn.Note"] = daysAgo == 0 ? "Paused before answering, twice" : "",
            });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var page = await a.GetAsync(Url);
        var row = page.Document.QuerySelectorAll("#week tbody tr").Single(r => r.QuerySelector("th")!.TextContent == practice.Name);
        Assert.Equal("3 days", row.QuerySelector(".streak")!.TextContent);
        Assert.Equal(3, row.QuerySelectorAll("td.done").Length);
        Assert.Equal(3, await app.InDatabaseAsync(db => db.PracticeCheckIns.CountAsync(c => c.ClientId == series.A.Id)));
        Assert.Contains("done", (await a.GetAsync("/Portal")).Document.QuerySelector("#practices-today")!.TextContent, StringComparison.Ordinal);

        var teamUrl = $"/Cases/{series.CaseId}/Practices/{series.A.Id}";
        var team = await (await app.As(app.Demo.Emails["sam"])).GetAsync(teamUrl);
        Assert.Contains("Paused before answering, twice", team.Text, StringComparison.Ordinal);
        Assert.True(await app.InDatabaseAsync(db => db.AuditEvents.AnyAsync(e => e.Code == AuditCode.PracticeLog_ViewedByCaseTeam && e.ClientId == series.A.Id)));

        var b = await app.SignInAsync(series.B.Email);
        Assert.DoesNotContain("Paused before answering", (await b.GetAsync(Url)).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync(teamUrl)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync(await app.StaffAsync(app.Demo, Roles.Clinician))).GetAsync(teamUrl)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As(app.Other.Emails["sam"])).GetAsync(teamUrl)).Status);
    }

    [Theory]
    [InlineData("true", "", "0", "Choose how it went, from 1 to 5.")]
    [InlineData("", "3", "0", "Say whether you did it.")]
    [InlineData("true", "9", "0", "Choose how it went, from 1 to 5.")]
    [InlineData("true", "3", "8", "Check in for today or one of the six days before it.")]
    [InlineData("true", "3", "-1", "Check in for today or one of the six days before it.")]
    public async Task Bad_input_gets_a_message_beside_the_field_and_writes_nothing(string done, string how, string daysAgo, string message)
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var practice = (await app.PracticesGivenAsync(app.Demo, series))[0];
        var a = await app.SignInAsync(series.A.Email);
        var today = await TodayAsync();

        var response = await a.SubmitAsync(Url, $"#practice-{practice.Id}", new()
        {
            ["CheckIn.Day"] = Day(today.AddDays(-int.Parse(daysAgo, CultureInfo.InvariantCulture))), ["CheckIn.Done"] = done, ["CheckIn.HowItWent"] = how,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.PracticeCheckIns.CountAsync(c => c.ClientId == series.A.Id)));
    }

    [Fact]
    public async Task A_practice_not_given_to_me_cannot_be_checked_in()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var mine = (await app.PracticesGivenAsync(app.Demo, series, count: 1))[0];
        var notMine = await app.InDatabaseAsync(db => db.HomePractices.Where(p => p.PracticeId == app.Demo.PracticeId && p.Id != mine.Id).Select(p => p.Id).FirstAsync());
        var a = await app.SignInAsync(series.A.Email);

        var response = await a.SubmitAsync(Url, $"#practice-{mine.Id}", new()
        {
            ["CheckIn.PracticeId"] = notMine.ToString(), ["CheckIn.Day"] = Day(await TodayAsync()), ["CheckIn.Done"] = "true", ["CheckIn.HowItWent"] = "3",
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.PracticeCheckIns.CountAsync(c => c.ClientId == series.A.Id)));
    }

    private async Task<DateOnly> TodayAsync()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(await app.InDatabaseAsync(db => db.Practices.Where(p => p.Id == app.Demo.PracticeId).Select(p => p.TimeZoneId).SingleAsync()));
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(app.Clock.GetUtcNow().UtcDateTime, zone));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

[Collection(SqliteApp.Collection)]
public sealed class PracticeLogTests_Sqlite(SqliteApp app) : PracticeLogTests(app);

[Collection(PostgresApp.Collection)]
public sealed class PracticeLogTests_Postgres(PostgresApp app) : PracticeLogTests(app);
