using System.Net;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Scheduling;
using Tandem.Core.Treatment;
using Tandem.Web.Demo;
using Tandem.Web.Infrastructure;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Series;

/// <summary>Issue 18, item 4: the rest of a series proposed on working days and booked in one step, all or nothing.</summary>
public abstract class BookSeriesTests(TandemApp app)
{
    [Fact]
    public async Task The_remaining_series_is_booked_in_one_step_on_working_days_in_session_hours_and_each_client_gets_one_email()
    {
        var practice = await app.OwnPracticeAsync();
        var couple = await app.CoupleInSeriesAsync(practice);
        await AddClosureAsync(practice, "Staff day", 3);
        var sam = await app.As(practice.Emails["sam"]);
        var url = $"/Series/{couple.CaseId}/Book";

        var proposal = await sam.GetAsync(url);
        Assert.Equal(couple.Sessions.Count, proposal.Document.QuerySelectorAll("#proposal tbody tr").Length);
        Assert.Null(proposal.Document.QuerySelector("#proposal-problems"));
        var booked = await sam.SubmitAsync(proposal, url, "#book-series", []);
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);

        var (zone, closures, sessions, appointments) = await ReadAsync(practice, couple.CaseId);
        Assert.Equal(sessions.Count, appointments.Count);
        var samId = await app.UserIdAsync(practice.Emails["sam"]);
        foreach (var a in appointments)
        {
            var (start, end) = (a.StartsAt.In(zone), a.EndsAt.In(zone));
            var session = sessions.Single(s => s.Id == a.SeriesSessionId);
            Assert.Equal(session.Date, DateOnly.FromDateTime(start));
            Assert.False(start.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{start} is a weekend");
            Assert.DoesNotContain(closures, c => c.Covers(session.Date));
            Assert.True(start.TimeOfDay >= TimeSpan.FromHours(9) && end.TimeOfDay <= TimeSpan.FromHours(17), $"{start}–{end} is outside 9:00–17:00");
            Assert.Equal(samId, a.ClinicianId);
            Assert.Equal(session.IsDosingKind(), a.RoomId is not null);
        }

        var people = new Dictionary<Guid, string> { [couple.A.Id] = "A", [couple.B.Id] = "B" };
        Assert.Empty(SeriesCheck.Violations(CaseKind.Couple, people, [.. sessions.Select(s => s.ToPlanned())], new SeriesRules()));
        Assert.Equal(sessions.Count, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.Code == AuditCode.Appointment_Scheduled
            && appointments.Select(a => a.Id.ToString()).Contains(e.EntityId))));

        foreach (var client in new[] { couple.A, couple.B })
        {
            var mail = Assert.Single(app.To(client.Email));
            var theirs = sessions.Count(s => s.PersonClientId is null || s.PersonClientId == client.Id);
            Assert.Contains($"You have {theirs} appointments", mail.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain("journey", mail.TextBody + mail.Subject, StringComparison.OrdinalIgnoreCase);
            var ics = mail.CalendarFile();
            Assert.Equal(theirs, ics.Split("BEGIN:VEVENT").Length - 1);
        }

        Assert.NotNull((await sam.GetAsync(url)).Document.QuerySelector("#all-booked"));
        Assert.Null((await sam.GetAsync($"/Series/{couple.CaseId}")).Document.QuerySelector("#book-series-link"));
        var first = appointments.MinBy(a => a.StartsAt)!;
        Assert.Contains(first.StartsAt.Clock(zone), (await sam.GetAsync($"/Cases/{couple.CaseId}")).Document.QuerySelector("#timeline")!.TextContent, StringComparison.Ordinal);
        var jordan = await app.SignInAsync(couple.A.Email);
        Assert.Contains(first.StartsAt.Clock(zone), (await jordan.GetAsync("/Portal")).Document.QuerySelector("#next-sessions")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(first.StartsAt.Clock(zone), (await jordan.GetAsync($"/Portal/Sessions/{first.SeriesSessionId}")).Document.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_series_confirmed_at_once_for_the_same_times_book_one_and_the_other_books_nothing_and_is_shown_a_new_proposal()
    {
        var practice = await app.OwnPracticeAsync();
        var (one, two) = (await app.CoupleInSeriesAsync(practice), await app.CoupleInSeriesAsync(practice));
        var (sam, maya) = (await app.As(practice.Emails["sam"]), await app.As(practice.Emails["maya"]));
        var (pageOne, pageTwo) = (await sam.GetAsync($"/Series/{one.CaseId}/Book"), await maya.GetAsync($"/Series/{two.CaseId}/Book"));
        Assert.Equal(FirstTime(pageOne), FirstTime(pageTwo));

        var posts = await Task.WhenAll(
            sam.SubmitAsync(pageOne, $"/Series/{one.CaseId}/Book", "#book-series", []),
            maya.SubmitAsync(pageTwo, $"/Series/{two.CaseId}/Book", "#book-series", []));

        Assert.Single(posts, p => p.StatusCode == HttpStatusCode.Redirect);
        var refused = Assert.Single(posts, p => p.StatusCode == HttpStatusCode.OK);
        var again = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Nothing was booked", again.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(FirstTime(pageOne), again.QuerySelector("#proposal tbody tr")!.TextContent);
        var counts = await app.InDatabaseAsync(async db => (
            await db.Appointments.CountAsync(a => a.CaseId == one.CaseId), await db.Appointments.CountAsync(a => a.CaseId == two.CaseId)));
        Assert.Contains(0, new[] { counts.Item1, counts.Item2 });
        Assert.Contains(one.Sessions.Count, new[] { counts.Item1, counts.Item2 });

        var redone = again.QuerySelector("#book-series")!.QuerySelector("input[name=proposalVersion]")!.GetAttribute("value")!;
        var loser = counts.Item1 == 0 ? (sam, one.CaseId) : (maya, two.CaseId);
        Assert.Equal(HttpStatusCode.Redirect, (await loser.Item1.SubmitAsync($"/Series/{loser.Item2}/Book", "#book-series", [])).StatusCode);
        Assert.NotEmpty(redone);
    }

    [Fact]
    public async Task A_session_moved_after_the_proposal_was_made_refuses_the_stale_confirmation_and_books_nothing()
    {
        var practice = await app.OwnPracticeAsync();
        var couple = await app.CoupleInSeriesAsync(practice);
        var sam = await app.As(practice.Emails["sam"]);
        var url = $"/Series/{couple.CaseId}/Book";
        var stale = await sam.GetAsync(url);
        var last = couple.Sessions.MaxBy(s => s.Number)!;
        Assert.Equal(HttpStatusCode.Redirect, (await sam.SubmitAsync($"/Series/{couple.CaseId}", $"form[action*=Move]:has(input[name=number][value='{last.Number}'])",
            new() { ["date"] = last.Date.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) })).StatusCode);

        var refused = await sam.SubmitAsync(stale, url, "#book-series", []);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Nothing was booked", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.InDatabaseAsync(db => db.Appointments.AnyAsync(a => a.CaseId == couple.CaseId)));
    }

    [Fact]
    public async Task The_clinicians_session_hours_and_days_off_shape_the_proposal_and_without_hours_it_says_what_to_do()
    {
        var practice = await app.OwnPracticeAsync();
        var couple = await app.CoupleInSeriesAsync(practice);
        var sam = await app.As(practice.Emails["sam"]);
        while ((await sam.GetAsync("/Availability/SessionHours")).Document.QuerySelector("#session-hours form") is not null)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await sam.SubmitAsync("/Availability/SessionHours", "#session-hours form", [])).StatusCode);
        }

        var none = await sam.GetAsync($"/Series/{couple.CaseId}/Book");
        Assert.Contains("no session hours", none.Document.QuerySelector("#proposal-problems")!.TextContent, StringComparison.Ordinal);
        Assert.Null(none.Document.QuerySelector("#book-series"));

        var overlap = await AddHoursAsync(sam, "Monday", "10:00", "14:00");
        Assert.Equal(HttpStatusCode.Redirect, overlap.StatusCode);
        var refused = await AddHoursAsync(sam, "Monday", "13:00", "15:00");
        Assert.Contains("overlap", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await AddHoursAsync(sam, "Tuesday", "10:00", "14:00")).StatusCode);
        var samId = await app.UserIdAsync(practice.Emails["sam"]);
        Assert.Equal(2, await app.InDatabaseAsync(db => db.SessionHours.CountAsync(h => h.ClinicianId == samId)));

        var proposal = await sam.GetAsync($"/Series/{couple.CaseId}/Book");
        var days = proposal.Document.QuerySelectorAll("#proposal tbody tr td:first-child").Select(td => td.TextContent[..3]).ToList();
        Assert.Equal(couple.Sessions.Count, days.Count);
        Assert.All(days, d => Assert.Contains(d, MondayAndTuesday));
        Assert.All(proposal.Document.QuerySelectorAll("#proposal tbody tr td:nth-child(2)"), td => Assert.StartsWith("10:00 AM", td.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_the_case_team_schedules_a_series_and_only_an_admin_sets_closed_days()
    {
        var couple = await app.CoupleInSeriesAsync(app.Demo);
        var admin = await app.As(app.Demo.Emails["admin"]);
        Assert.NotEqual(HttpStatusCode.OK, (await admin.GetAsync($"/Series/{couple.CaseId}/Book")).Status);
        Assert.NotEqual(HttpStatusCode.OK, (await (await app.SignInAsync(couple.A.Email)).GetAsync($"/Series/{couple.CaseId}/Book")).Status);
        Assert.NotEqual(HttpStatusCode.OK, (await (await app.As(app.Demo.Emails["sam"])).GetAsync("/Settings/Closures")).Status);
        var offTeam = await app.StaffAsync(app.Demo, "Clinician");
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As(offTeam)).GetAsync($"/Series/{couple.CaseId}/Book")).Status);
        Assert.Equal(HttpStatusCode.OK, (await (await app.As(app.Demo.Emails["sam"])).GetAsync($"/Series/{couple.CaseId}/Book")).Status);
    }

    [Fact]
    public async Task An_admin_adds_and_removes_closed_days_with_clear_messages_a_stale_removal_refused_and_each_change_audited()
    {
        var practice = await app.OwnPracticeAsync();
        var admin = await app.As(practice.Emails["admin"]);
        var today = await app.InDatabaseAsync(db => PracticeZones.PracticeTodayAsync(db, practice.PracticeId, app.Clock));

        var backwards = await admin.SubmitAsync("/Settings/Closures", "#add-closure", new()
        {
            ["Name"] = "Retreat", ["FirstDay"] = Iso(today.AddDays(10)), ["LastDay"] = Iso(today.AddDays(8)),
        });
        Assert.Contains("cannot come before the first", await backwards.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var nameless = await admin.SubmitAsync("/Settings/Closures", "#add-closure", new() { ["Name"] = " ", ["FirstDay"] = Iso(today), ["LastDay"] = Iso(today) });
        Assert.Contains("Name the closure", await nameless.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.Closures.CountAsync(c => c.PracticeId == practice.PracticeId)));

        var added = await admin.SubmitAsync("/Settings/Closures", "#add-closure", new()
        {
            ["Name"] = "Team retreat", ["FirstDay"] = Iso(today.AddDays(8)), ["LastDay"] = Iso(today.AddDays(10)),
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var retreat = await app.InDatabaseAsync(db => db.Closures.SingleAsync(c => c.PracticeId == practice.PracticeId && c.Name == "Team retreat"));
        Assert.Equal((today.AddDays(8), today.AddDays(10)), (retreat.FirstDay, retreat.LastDay));

        var page = await admin.GetAsync("/Settings/Closures");
        Assert.Contains("Team retreat", page.Document.QuerySelector("#closures")!.TextContent, StringComparison.Ordinal);
        await app.InDatabaseAsync(db => db.Closures.Where(c => c.Id == retreat.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.Version, Guid.NewGuid())));
        var stale = await admin.SubmitAsync(page, "/Settings/Closures", $"#closures form:has(input[value='{retreat.Id}'])", []);
        Assert.Contains("Team retreat", page.Document.QuerySelector("#closures")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.True(await app.InDatabaseAsync(db => db.Closures.AnyAsync(c => c.Id == retreat.Id)));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/Settings/Closures", $"#closures form:has(input[value='{retreat.Id}'])", [])).StatusCode);
        Assert.False(await app.InDatabaseAsync(db => db.Closures.AnyAsync(c => c.Id == retreat.Id)));
        Assert.Equal(2, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.Code == AuditCode.Closures_Changed && e.EntityId == retreat.Id.ToString())));
    }

    [Fact]
    public async Task A_closed_day_is_never_proposed()
    {
        var practice = await app.OwnPracticeAsync();
        var couple = await app.CoupleInSeriesAsync(practice);
        var firstDay = couple.Sessions.Min(s => s.Date);
        await app.InDatabaseAsync(db =>
        {
            db.Closures.Add(new Closure { PracticeId = practice.PracticeId, Name = "Flood", FirstDay = firstDay, LastDay = firstDay.AddDays(6) });
            return db.SaveChangesAsync();
        });

        var proposal = await (await app.As(practice.Emails["sam"])).GetAsync($"/Series/{couple.CaseId}/Book");

        var days = proposal.Document.QuerySelectorAll("#proposal tbody tr td:first-child")
            .Select(td => DateOnly.ParseExact(td.TextContent.Replace(" (moved)", "", StringComparison.Ordinal), "ddd d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-US")));
        Assert.All(days, d => Assert.True(d > firstDay.AddDays(6), $"{d} is closed"));
        Assert.Contains("(moved)", proposal.Document.QuerySelector("#proposal")!.TextContent, StringComparison.Ordinal);
    }

    private static readonly string[] MondayAndTuesday = ["Mon", "Tue"];

    private static string FirstTime(PageSession.Page page) => page.Document.QuerySelector("#proposal tbody tr")!.TextContent;

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Task<HttpResponseMessage> AddHoursAsync(PageSession session, string day, string start, string end) =>
        session.SubmitAsync("/Availability/SessionHours", "#add-session-hours", new() { ["Day"] = day, ["Start"] = start, ["End"] = end });

    private Task<int> AddClosureAsync(SeededPractice practice, string name, int daysFromToday) =>
        app.InDatabaseAsync(async db =>
        {
            var day = (await PracticeZones.PracticeTodayAsync(db, practice.PracticeId, app.Clock)).AddDays(daysFromToday);
            db.Closures.Add(new Closure { PracticeId = practice.PracticeId, Name = name, FirstDay = day, LastDay = day });
            return await db.SaveChangesAsync();
        });

    private Task<(TimeZoneInfo, List<Closure>, List<SeriesSession>, List<Appointment>)> ReadAsync(SeededPractice practice, Guid caseId) =>
        app.InDatabaseAsync(async db => (
            await PracticeZones.PracticeZoneAsync(db, practice.PracticeId),
            await db.Closures.Where(c => c.PracticeId == practice.PracticeId).ToListAsync(),
            await db.SeriesSessions.Where(s => s.CaseId == caseId).ToListAsync(),
            await db.Appointments.Where(a => a.CaseId == caseId).ToListAsync()));
}

[Collection(SqliteApp.Collection)]
public sealed class BookSeriesTests_Sqlite(SqliteApp app) : BookSeriesTests(app);

[Collection(PostgresApp.Collection)]
public sealed class BookSeriesTests_Postgres(PostgresApp app) : BookSeriesTests(app);
