using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Tandem.Web.Pages.Series;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Scheduling;

/// <summary>
/// A session's clients are told when it is scheduled, moved or cancelled and reminded before it, each email saying only
/// "Appointment with" the practice and the time, with a calendar file that updates the last; a reminder is sent once.
/// </summary>
public abstract class AppointmentNoticeTests(TandemApp app)
{
    private static readonly string[] HealthWords = ["ketamine", "journey", "dosing", "dose", "integration", "psycholytic", "therapy"];

    [Fact]
    public async Task Scheduling_moving_and_cancelling_each_tell_the_sessions_own_client_and_nobody_else()
    {
        var practice = await app.OwnPracticeAsync();
        var series = await app.CoupleInSeriesAsync(practice);
        var session = await app.OnDayAsync(series.Sessions.OrderBy(s => s.Number).First(), 5);
        var (owner, other) = session.PersonClientId == series.A.Id ? (series.A, series.B) : (series.B, series.A);
        var sam = await app.SignInAsync(practice.Emails["sam"]);

        Assert.Equal(HttpStatusCode.Redirect, (await ScheduleAsync(sam, practice, session.Id, "10:00")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ScheduleAsync(sam, practice, session.Id, "11:30")).StatusCode);
        var url = $"/Series/{series.CaseId}";
        Assert.Equal(HttpStatusCode.Redirect, (await sam.SubmitAsync(await sam.GetAsync(url), url, CancelForm(session.Number), new() { ["reason"] = "Flu" })).StatusCode);

        var mails = app.To(owner.Email);
        Assert.Equal(3, mails.Count);
        Assert.Empty(app.To(other.Email));
        var name = await app.InDatabaseAsync(db => db.Practices.Where(p => p.Id == practice.PracticeId).Select(p => p.Name).SingleAsync());
        Assert.All(mails, m => Assert.Equal($"Appointment with {name}", m.Subject));
        Assert.Contains("10:00 AM", mails[0].TextBody, StringComparison.Ordinal);
        Assert.Contains("is now on", mails[1].TextBody, StringComparison.Ordinal);
        Assert.Contains("11:30 AM", mails[1].TextBody, StringComparison.Ordinal);
        Assert.Contains("is cancelled", mails[2].TextBody, StringComparison.Ordinal);
        var files = mails.Select(m => m.CalendarFile()).ToList();
        Assert.Contains("SEQUENCE:0", files[0], StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:1", files[1], StringComparison.Ordinal);
        Assert.Contains("METHOD:CANCEL", files[2], StringComparison.Ordinal);
        foreach (var text in mails.SelectMany(m => new[] { m.Subject, m.TextBody ?? "" }).Concat(files))
        {
            Assert.DoesNotContain(HealthWords, w => text!.Contains(w, StringComparison.OrdinalIgnoreCase));
        }

        Assert.Equal(3, await app.InDatabaseAsync(db => db.AppointmentNotices.CountAsync(n => n.SeriesSessionId == session.Id && n.ClientId == owner.Id)));
    }

    [Fact]
    public async Task A_reminder_is_sent_once_however_often_the_sender_runs_and_never_for_a_cancelled_session()
    {
        var practice = await app.OwnPracticeAsync();
        var series = await app.CoupleInSeriesAsync(practice);
        var ordered = series.Sessions.OrderBy(s => s.Number).ToList();
        var cancelled = await app.OnDayAsync(ordered[0], 2);
        var kept = await app.OnDayAsync(ordered[1], 2);
        var sam = await app.SignInAsync(practice.Emails["sam"]);
        await ScheduleAsync(sam, practice, cancelled.Id, "09:00");
        await ScheduleAsync(sam, practice, kept.Id, "14:00");
        var url = $"/Series/{series.CaseId}";
        Assert.Equal(HttpStatusCode.Redirect, (await sam.SubmitAsync(await sam.GetAsync(url), url, CancelForm(cancelled.Number), new() { ["reason"] = "Flu" })).StatusCode);

        await SendRemindersAsync();
        await SendRemindersAsync();

        var clients = kept.PersonClientId is { } person ? [person] : new[] { series.A.Id, series.B.Id };
        var mine = series.Sessions.Select(s => s.Id).ToList();
        var reminders = await app.InDatabaseAsync(db => db.AppointmentNotices
            .Where(n => mine.Contains(n.SeriesSessionId) && n.Kind == Core.Scheduling.AppointmentNoticeKind.Reminder)
            .Select(n => new { n.SeriesSessionId, n.ClientId, n.DaysBefore }).ToListAsync());
        Assert.All(reminders, r => Assert.Equal(kept.Id, r.SeriesSessionId));
        Assert.Equal(clients.Order(), reminders.Select(r => r.ClientId).Order());
        Assert.All(reminders, r => Assert.Equal(2, r.DaysBefore));
        foreach (var client in new[] { series.A, series.B }.Where(c => clients.Contains(c.Id)))
        {
            var reminder = Assert.Single(app.To(client.Email), m => m.TextBody?.Contains("A reminder", StringComparison.Ordinal) == true);
            Assert.Contains("2:00 PM", reminder.TextBody, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_admin_sets_the_lead_times_and_the_sender_keeps_to_them()
    {
        var practice = await app.OwnPracticeAsync();
        var admin = await app.SignInAsync(practice.Emails["admin"]);
        const string url = "/Settings/Reminders";
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync(practice.Emails["sam"])).GetAsync(url)).Status);

        var refused = await admin.SubmitAsync(url, "#reminders", new() { ["Input.FirstDaysBefore"] = "15", ["Input.LastDaysBefore"] = "1" });
        Assert.Contains("from 0 (no reminder) to 14", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var (tab1, tab2) = (await admin.GetAsync(url), await admin.GetAsync(url));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(tab1, url, "#reminders", new() { ["Input.FirstDaysBefore"] = "3", ["Input.LastDaysBefore"] = "0" })).StatusCode);
        var stale = await admin.SubmitAsync(tab2, url, "#reminders", new() { ["Input.FirstDaysBefore"] = "7", ["Input.LastDaysBefore"] = "1" });
        Assert.Contains("changed since you opened this page: clients are reminded 3 days before a session", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var saved = await app.InDatabaseAsync(db => db.Practices.Where(p => p.Id == practice.PracticeId)
            .Select(p => new { p.FirstReminderDaysBefore, p.LastReminderDaysBefore }).SingleAsync());
        Assert.Equal(3, saved.FirstReminderDaysBefore);
        Assert.Equal(0, saved.LastReminderDaysBefore);

        var series = await app.CoupleInSeriesAsync(practice);
        var session = await app.OnDayAsync(series.Sessions.OrderBy(s => s.Number).First(), 3);
        await ScheduleAsync(await app.SignInAsync(practice.Emails["sam"]), practice, session.Id, "10:00");
        await SendRemindersAsync();
        var sent = await app.InDatabaseAsync(db => db.AppointmentNotices
            .Where(n => n.SeriesSessionId == session.Id && n.Kind == Core.Scheduling.AppointmentNoticeKind.Reminder).Select(n => n.DaysBefore).ToListAsync());
        Assert.Equal([3], sent);
    }

    private static string CancelForm(int number) => $"form[action*=Cancel]:has(input[name=number][value='{number}'])";

    private Task SendRemindersAsync() =>
        app.InScopeAsync(services => services.GetRequiredService<AppointmentNotices>().SendRemindersAsync());

    private async Task<HttpResponseMessage> ScheduleAsync(PageSession session, Demo.SeededPractice practice, Guid sessionId, string at)
    {
        var (sam, room) = await app.InDatabaseAsync(async db => (
            await db.Users.Where(u => u.Email == practice.Emails["sam"]).Select(u => u.Id).SingleAsync(),
            await db.Rooms.Where(r => r.PracticeId == practice.PracticeId).Select(r => r.Id).FirstAsync()));
        return await session.SubmitAsync($"/Series/Schedule/{sessionId}", "#schedule", new()
        {
            ["Input.At"] = at, ["Input.Minutes"] = "60", ["Input.ClinicianId"] = sam.ToString(), ["Input.RoomId"] = room.ToString(),
        });
    }
}

[Collection(SqliteApp.Collection)]
public sealed class AppointmentNoticeTests_Sqlite(SqliteApp app) : AppointmentNoticeTests(app);

[Collection(PostgresApp.Collection)]
public sealed class AppointmentNoticeTests_Postgres(PostgresApp app) : AppointmentNoticeTests(app);
