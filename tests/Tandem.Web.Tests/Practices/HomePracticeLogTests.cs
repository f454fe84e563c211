using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Audit;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Practices;

public abstract class HomePracticeLogTests(TandemApp app)
{
    private const string Url = "/Portal/Practices";
    private const string Form = "#check-in";

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
            var url = $"{Url}?day={Day(today.AddDays(-daysAgo))}";
            var page = await a.GetAsync(url);
            var p = Prefix(page, practice.Id);
            var saved = await a.SubmitAsync(page, url, Form, new()
            {
                [$"{p}.Done"] = done ? "true" : "false", [$"{p}.HowItWent"] = "4",
                [$"{p}.Note"] = daysAgo == 0 ? "Paused before answering, twice" : "",
            });
            Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        }

        var week = await a.GetAsync(Url);
        var row = week.Document.QuerySelectorAll("#week tbody tr").Single(r => r.QuerySelector("th")!.TextContent == practice.Name);
        Assert.Equal("3 days", row.QuerySelector(".streak")!.TextContent);
        Assert.Equal(3, row.QuerySelectorAll("td.done").Length);
        Assert.Equal(3, await app.InDatabaseAsync(db => db.HomePracticeCheckIns.CountAsync(c => c.ClientId == series.A.Id)));
        Assert.Contains("done", (await a.GetAsync("/Portal")).Document.QuerySelector("#practices-today")!.TextContent, StringComparison.Ordinal);

        var teamUrl = $"/Cases/{series.CaseId}/Practices/{series.A.Id}";
        var team = await (await app.As(app.Demo.Emails["sam"])).GetAsync(teamUrl);
        Assert.Contains("Paused before answering, twice", team.Text, StringComparison.Ordinal);
        Assert.True(await app.InDatabaseAsync(db => db.AuditEvents.AnyAsync(e => e.Code == AuditCode.HomePracticeLog_ViewedByCaseTeam && e.ClientId == series.A.Id)));

        var b = await app.SignInAsync(series.B.Email);
        Assert.DoesNotContain("Paused before answering", (await b.GetAsync(Url)).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync(teamUrl)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync(await app.StaffAsync(app.Demo, Roles.Clinician))).GetAsync(teamUrl)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As(app.Other.Emails["sam"])).GetAsync(teamUrl)).Status);
    }

    [Fact]
    public async Task One_form_saves_every_practice_at_once_and_shows_todays_answers_when_opened_again()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var given = await app.PracticesGivenAsync(app.Demo, series);
        var a = await app.SignInAsync(series.A.Email);
        var page = await a.GetAsync(Url);
        Assert.Single(page.Document.QuerySelectorAll("form[method=post]"), f => f.QuerySelector("input[name$='.PracticeId']") is not null);
        var (first, second) = (Prefix(page, given[0].Id), Prefix(page, given[1].Id));

        var saved = await a.SubmitAsync(page, Url, Form, new()
        {
            [$"{first}.Done"] = "true", [$"{first}.HowItWent"] = "5", [$"{first}.Note"] = "Slowed down before answering",
            [$"{second}.Done"] = "false", [$"{second}.HowItWent"] = "", [$"{second}.Note"] = "Too tired",
        });

        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var rows = await app.InDatabaseAsync(db => db.HomePracticeCheckIns.Where(c => c.ClientId == series.A.Id).ToListAsync());
        Assert.Equal(2, rows.Count);
        Assert.True(rows.Single(r => r.HomePracticeId == given[0].Id) is { Done: true, HowItWent: 5, Note: "Slowed down before answering" });
        Assert.True(rows.Single(r => r.HomePracticeId == given[1].Id) is { Done: false, HowItWent: null, Note: "Too tired" });

        var again = await a.GetAsync(Url);
        var form = again.Document.QuerySelector(Form)!;
        Assert.NotNull(form.QuerySelector($"input[name='{first}.Done'][value=true][checked]"));
        Assert.Equal("5", form.QuerySelector($"select[name='{first}.HowItWent'] option[selected]")!.GetAttribute("value"));
        Assert.Equal("Slowed down before answering", ((IHtmlInputElement)form.QuerySelector($"input[name='{first}.Note']")!).Value);
        Assert.NotNull(form.QuerySelector($"input[name='{second}.Done'][value=false][checked]"));
        Assert.Equal("Too tired", ((IHtmlInputElement)form.QuerySelector($"input[name='{second}.Note']")!).Value);

        // Sent again as shown, nothing changed: nothing is written.
        var versions = rows.Select(r => r.Version).Order().ToList();
        var entries = await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.Code == AuditCode.HomePracticeLog_CheckedIn && e.ClientId == series.A.Id));
        Assert.Equal(HttpStatusCode.Redirect, (await a.SubmitAsync(again, Url, Form, new()
        {
            [$"{first}.HowItWent"] = "5", [$"{second}.HowItWent"] = "",
        })).StatusCode);
        Assert.Equal(versions, await app.InDatabaseAsync(db => db.HomePracticeCheckIns.Where(c => c.ClientId == series.A.Id).Select(c => c.Version).OrderBy(v => v).ToListAsync()));
        Assert.Equal(entries, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.Code == AuditCode.HomePracticeLog_CheckedIn && e.ClientId == series.A.Id)));
    }

    [Theory]
    [InlineData("true", "", "Choose how it went, from 1 to 5.")]
    [InlineData("", "3", "Say whether you did it.")]
    [InlineData("true", "9", "Choose how it went, from 1 to 5.")]
    public async Task Bad_input_for_one_practice_gets_a_message_beside_it_and_writes_nothing_for_any(string done, string how, string message)
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var given = await app.PracticesGivenAsync(app.Demo, series);
        var a = await app.SignInAsync(series.A.Email);
        var page = await a.GetAsync(Url);
        var (good, bad) = (Prefix(page, given[0].Id), Prefix(page, given[1].Id));

        var response = await a.SubmitAsync(page, Url, Form, new()
        {
            [$"{good}.Done"] = "true", [$"{good}.HowItWent"] = "4", [$"{bad}.Done"] = done, [$"{bad}.HowItWent"] = how,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, shown.QuerySelector($"#practice-{given[1].Id}")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(shown.QuerySelector($"input[name='{good}.Done'][value=true][checked]"));
        Assert.Equal(0, await app.InDatabaseAsync(db => db.HomePracticeCheckIns.CountAsync(c => c.ClientId == series.A.Id)));
    }

    [Theory]
    [InlineData(8)]
    [InlineData(-1)]
    public async Task A_day_outside_the_week_is_refused(int daysAgo)
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var practice = (await app.PracticesGivenAsync(app.Demo, series, count: 1))[0];
        var a = await app.SignInAsync(series.A.Email);
        var page = await a.GetAsync(Url);
        var p = Prefix(page, practice.Id);

        var response = await a.SubmitAsync(page, Url, Form, new()
        {
            ["CheckIn.Day"] = Day((await TodayAsync()).AddDays(-daysAgo)), [$"{p}.Done"] = "true", [$"{p}.HowItWent"] = "3",
        });

        Assert.Contains("Check in for today or one of the six days before it.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.HomePracticeCheckIns.CountAsync(c => c.ClientId == series.A.Id)));
    }

    [Fact]
    public async Task A_practice_not_given_to_me_cannot_be_checked_in()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var mine = (await app.PracticesGivenAsync(app.Demo, series, count: 1))[0];
        var notMine = await app.InDatabaseAsync(db => db.HomePractices.Where(p => p.PracticeId == app.Demo.PracticeId && p.Id != mine.Id).Select(p => p.Id).FirstAsync());
        var a = await app.SignInAsync(series.A.Email);
        var page = await a.GetAsync(Url);
        var p = Prefix(page, mine.Id);

        var response = await a.SubmitAsync(page, Url, Form, new()
        {
            [$"{p}.PracticeId"] = notMine.ToString(), [$"{p}.Done"] = "true", [$"{p}.HowItWent"] = "3",
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.HomePracticeCheckIns.CountAsync(c => c.ClientId == series.A.Id)));
    }

    /// <summary>The name prefix of the practice's fields in the check-in form, e.g. <c>CheckIn.Practices[0]</c>.</summary>
    public static string Prefix(PageSession.Page page, Guid practiceId) =>
        page.Document.QuerySelector($"{Form} input[name$='.PracticeId'][value='{practiceId}']")!.GetAttribute("name")![..^".PracticeId".Length];

    private async Task<DateOnly> TodayAsync()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(await app.InDatabaseAsync(db => db.Practices.Where(p => p.Id == app.Demo.PracticeId).Select(p => p.TimeZoneId).SingleAsync()));
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(app.Clock.GetUtcNow().UtcDateTime, zone));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

[Collection(SqliteApp.Collection)]
public sealed class HomePracticeLogTests_Sqlite(SqliteApp app) : HomePracticeLogTests(app);

[Collection(PostgresApp.Collection)]
public sealed class HomePracticeLogTests_Postgres(PostgresApp app) : HomePracticeLogTests(app);
