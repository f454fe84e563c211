using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Core.Access;
using Tandem.Core.Cases;
using Tandem.Core.Measures;
using Tandem.Core.Treatment;
using Tandem.Web.Pages.Measures;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Measures;

public abstract class ScheduleTests(TandemApp app)
{
    [Fact]
    public async Task Starting_a_series_schedules_its_questionnaires_and_they_move_or_drop_with_their_sessions()
    {
        var (caseId, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var sam = await app.As(app.Demo.Emails["sam"]);
        var url = $"/Series/{caseId}";
        var start = NextYearMonday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await sam.SubmitAsync(await sam.GetAsync($"{url}?Input.Doses=6&Input.Start={start}"), url, "#save-plan", []);
        Assert.Equal(0, await CountAsync(caseId));
        Assert.Equal(HttpStatusCode.Redirect, (await sam.SubmitAsync(url, "form[action*=Start]", [])).StatusCode);

        // Per partner: 6 × (PHQ-9, GAD-7) before dosing, CSI-4 mid-series, 3 at the end and 3 at each of 4 follow-ups.
        Assert.Equal(2 * (12 + 1 + 3 + 12), await CountAsync(caseId));
        var firstDose = await app.InDatabaseAsync(db => db.SeriesSessions
            .Where(s => s.CaseId == caseId && (s.PersonClientId == a.Id || s.Kind == SessionKind.SharedJourney) && (s.Kind == SessionKind.IndividualJourney || s.Kind == SessionKind.SharedJourney))
            .OrderBy(s => s.Date).FirstAsync());
        Assert.Equal(firstDose.Date.AddDays(-1), await DueAsync(a.Id, Timepoint.BeforeDose(1)));

        var moved = await sam.SubmitAsync(url, $"form[action*=Move]:has(input[name=number][value='{firstDose.Number}'])",
            new() { ["date"] = firstDose.Date.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(firstDose.Date.AddDays(-2), await DueAsync(a.Id, Timepoint.BeforeDose(1)));

        await app.InDatabaseAsync(db => db.QuestionnaireResponses
            .Where(r => r.ClientId == a.Id && r.Timepoint == Timepoint.BeforeDose(6) && r.InstrumentCode == "GAD-7")
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.SubmittedAt, DateTime.UtcNow).SetProperty(x => x.Score, 3)));
        var lastDose = await app.InDatabaseAsync(db => db.SeriesSessions
            .Where(s => s.CaseId == caseId && (s.PersonClientId == a.Id || s.Kind == SessionKind.SharedJourney) && (s.Kind == SessionKind.IndividualJourney || s.Kind == SessionKind.SharedJourney))
            .OrderByDescending(s => s.Date).FirstAsync());
        var cancelled = await sam.SubmitAsync(url, $"form[action*=Cancel]:has(input[name=number][value='{lastDose.Number}'])", new() { ["reason"] = "Travel" });
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var left = await app.InDatabaseAsync(db => db.QuestionnaireResponses.Where(r => r.ClientId == a.Id && r.Timepoint == Timepoint.BeforeDose(6)).ToListAsync());
        var kept = Assert.Single(left);
        Assert.Equal(("GAD-7", 3), (kept.InstrumentCode, kept.Score));
    }

    [Fact]
    public async Task A_series_questionnaires_are_saved_under_their_timepoints_codes_not_their_names()
    {
        var (caseId, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var sam = await app.As(app.Demo.Emails["sam"]);
        var url = $"/Series/{caseId}";
        var start = NextYearMonday().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await sam.SubmitAsync(await sam.GetAsync($"{url}?Input.Doses=6&Input.Start={start}"), url, "#save-plan", []);
        Assert.Equal(HttpStatusCode.Redirect, (await sam.SubmitAsync(url, "form[action*=Start]", [])).StatusCode);

        var stored = await app.InDatabaseAsync(db => db.Database.SqlQuery<string>($"""
            SELECT "Timepoint" AS "Value" FROM "QuestionnaireResponses"
            WHERE "PracticeId" = {app.Demo.PracticeId} AND "ClientId" = {a.Id} AND "InstrumentCode" = 'PHQ-9' AND "SeriesId" IS NOT NULL
            ORDER BY "DueOn"
            """).ToListAsync());

        Assert.Equal(
            ["before-dose-1", "before-dose-2", "before-dose-3", "before-dose-4", "before-dose-5", "before-dose-6",
                "end-of-series", "follow-up-1", "follow-up-3", "follow-up-6", "follow-up-12"],
            stored);
    }

    [Fact]
    public async Task An_open_questionnaire_shows_in_the_portal_is_emailed_once_without_health_details_and_is_flagged_to_the_team_when_late()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        await app.InDatabaseAsync(async db =>
        {
            db.QuestionnaireResponses.AddRange(
                Response(series, "PHQ-9", Timepoint.BeforeDose(1), today.AddDays(1)),
                Response(series, "GAD-7", Timepoint.EndOfSeries, today.AddDays(30)),
                Response(series, "CSI-4", Timepoint.MidSeries, today.AddDays(-6)));
            return await db.SaveChangesAsync();
        });

        var portal = (await (await app.SignInAsync(series.A.Email)).GetAsync("/Portal")).Document.QuerySelector("#questionnaires-due")!.TextContent;
        Assert.Contains(Timepoint.BeforeDose(1).Name, portal, StringComparison.Ordinal);
        Assert.Contains(Timepoint.MidSeries.Name, portal, StringComparison.Ordinal);
        Assert.DoesNotContain(Timepoint.EndOfSeries.Name, portal, StringComparison.Ordinal);

        await SendRemindersAsync();
        await SendRemindersAsync();
        var mail = Assert.Single(app.To(series.A.Email), m => m.Subject == QuestionnaireReminders.Subject);
        foreach (var word in (string[])["PHQ", "GAD", "CSI", "depress", "anxi", "dosing"])
        {
            Assert.DoesNotContain(word, mail.TextBody!, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain(app.To(series.B.Email), m => m.Subject == QuestionnaireReminders.Subject);

        var overdue = await AllOverdueAsync(await app.As(app.Demo.Emails["sam"]));
        Assert.Contains($"{series.A.FullName}: CSI-4, {Timepoint.MidSeries.Name}", overdue, StringComparison.Ordinal);
        // Other tests' couples share the demo practice and its dashboard: only this client's lines are this test's.
        Assert.DoesNotContain($"{series.A.FullName}: PHQ-9, {Timepoint.BeforeDose(1).Name}", overdue, StringComparison.Ordinal);
        foreach (var outsider in new[] { await app.StaffAsync(app.Demo, Roles.Clinician), app.Other.Emails["sam"] })
        {
            Assert.DoesNotContain(series.A.FullName, await AllOverdueAsync(await app.SignInAsync(outsider)), StringComparison.Ordinal);
        }
    }

    /// <summary>Every line of the paged overdue list: the dashboard shows only the oldest few, and other tests' are older.</summary>
    private static async Task<string> AllOverdueAsync(PageSession session)
    {
        var text = new System.Text.StringBuilder();
        for (var number = 1; ; number++)
        {
            var page = await session.GetAsync($"/Dashboard/Overdue?p={number}");
            text.AppendLine(string.Join("\n", page.Document.QuerySelectorAll("#overdue tbody tr").Select(tr =>
                string.Join(": ", tr.QuerySelectorAll("td").Take(1).Select(td => td.TextContent)) + ": " + string.Join(", ", tr.QuerySelectorAll("td").Skip(1).Take(2).Select(td => td.TextContent)))));
            if (page.Document.QuerySelector("a[rel=next]") is null)
            {
                return text.ToString();
            }
        }
    }

    private QuestionnaireResponse Response(SeriesCase series, string code, Timepoint timepoint, DateOnly due) => new()
    {
        PracticeId = app.Demo.PracticeId, ClientId = series.A.Id, CaseId = series.CaseId, InstrumentCode = code, InstrumentVersion = "1", Timepoint = timepoint, DueOn = due,
    };

    private Task SendRemindersAsync() => app.InScopeAsync(services => services.GetRequiredService<QuestionnaireReminders>().SendAsync());

    private Task<int> CountAsync(Guid caseId) =>
        app.InDatabaseAsync(db => db.QuestionnaireResponses.CountAsync(r => r.CaseId == caseId && r.Timepoint != Timepoint.Baseline));

    private Task<DateOnly> DueAsync(Guid clientId, Timepoint timepoint) =>
        app.InDatabaseAsync(db => db.QuestionnaireResponses.Where(r => r.ClientId == clientId && r.Timepoint == timepoint && r.InstrumentCode == "PHQ-9").Select(r => r.DueOn).SingleAsync());

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
public sealed class ScheduleTests_Sqlite(SqliteApp app) : ScheduleTests(app);

[Collection(PostgresApp.Collection)]
public sealed class ScheduleTests_Postgres(PostgresApp app) : ScheduleTests(app);
