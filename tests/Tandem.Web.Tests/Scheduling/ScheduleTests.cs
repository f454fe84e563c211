using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Treatment;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Scheduling;

public abstract class ScheduleTests(TandemApp app)
{
    [Fact]
    public async Task Two_people_booking_one_clinician_at_the_same_time_get_one_appointment_between_them()
    {
        var first = (await app.CoupleInSeriesAsync(app.Demo)).First(SessionKind.SharedJourney);
        var second = (await app.CoupleInSeriesAsync(app.Demo)).First(SessionKind.SharedJourney);
        var (willow, cedar) = (await RoomAsync("Willow room"), await RoomAsync("Cedar room"));
        var sam = await app.UserIdAsync(app.Demo.Emails["sam"]);

        var posts = await Task.WhenAll(
            ScheduleAsync(await app.SignInAsync(app.Demo.Emails["sam"]), first.Id, "14:00", sam, willow),
            ScheduleAsync(await app.SignInAsync(app.Demo.Emails["maya"]), second.Id, "14:30", sam, cedar));

        Assert.Single(posts, p => p.StatusCode == HttpStatusCode.Redirect);
        var refused = Assert.Single(posts, p => p.StatusCode == HttpStatusCode.OK);
        Assert.Contains("already booked at that time", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.Appointments.CountAsync(a => a.SeriesSessionId == first.Id || a.SeriesSessionId == second.Id)));
    }

    [Fact]
    public async Task A_room_in_use_is_refused_and_an_appointment_moves_within_its_own_time()
    {
        var first = (await app.CoupleInSeriesAsync(app.Demo)).First(SessionKind.SharedJourney);
        var second = (await app.CoupleInSeriesAsync(app.Demo)).First(SessionKind.SharedJourney);
        var willow = await RoomAsync("Willow room");
        var sam = await app.As(app.Demo.Emails["sam"]);
        Assert.Equal(HttpStatusCode.Redirect, (await ScheduleAsync(sam, first.Id, "09:00", await app.UserIdAsync(app.Demo.Emails["sam"]), willow)).StatusCode);

        var clash = await ScheduleAsync(sam, second.Id, "11:00", await app.UserIdAsync(app.Demo.Emails["maya"]), willow);
        Assert.Contains("already booked at that time", await clash.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await ScheduleAsync(sam, first.Id, "10:00", await app.UserIdAsync(app.Demo.Emails["sam"]), willow)).StatusCode);
        var moved = await app.InDatabaseAsync(db => db.Appointments.Include(a => a.Blocks).SingleAsync(a => a.SeriesSessionId == first.Id));
        Assert.Equal(2 * 36, moved.Blocks.Count);
        Assert.Equal(moved.StartsAt, moved.Blocks.Min(b => b.StartsAt));
    }

    [Fact]
    public async Task Moving_a_scheduled_session_takes_its_appointment_along_and_cancelling_frees_the_time()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var session = series.First(SessionKind.SharedJourney);
        var sam = await app.As(app.Demo.Emails["sam"]);
        var samId = await app.UserIdAsync(app.Demo.Emails["sam"]);
        // Each test of this class books sam at its own hours of the same day, since they share one database.
        await ScheduleAsync(sam, session.Id, "18:00", samId, await RoomAsync("Cedar room"));
        var before = await app.InDatabaseAsync(db => db.Appointments.SingleAsync(a => a.SeriesSessionId == session.Id));
        var calendar = await (await app.SignInAsync(series.A.Email)).GetAsync($"/Portal/Sessions/{session.Id}?handler=Calendar");
        Assert.Equal("text/calendar", calendar.Response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("SUMMARY:Appointment with Demo Practice", calendar.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("journey", calendar.Html, StringComparison.OrdinalIgnoreCase);

        var url = $"/Series/{series.CaseId}";
        var moved = await sam.SubmitAsync(url, $"form[action*=Move]:has(input[name=number][value='{session.Number}'])",
            new() { ["date"] = session.Date.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var after = await app.InDatabaseAsync(db => db.Appointments.Include(a => a.Blocks).SingleAsync(a => a.SeriesSessionId == session.Id));
        Assert.Equal(before.StartsAt.AddDays(1), after.StartsAt);
        Assert.Equal(after.StartsAt, after.Blocks.Min(b => b.StartsAt));

        var cancelled = await sam.SubmitAsync(url, $"form[action*=Cancel]:has(input[name=number][value='{session.Number}'])", new() { ["reason"] = "Illness" });
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.False(await app.InDatabaseAsync(db => db.ReservedBlocks.AnyAsync(b => b.AppointmentId == after.Id)));
    }

    private static Task<HttpResponseMessage> ScheduleAsync(PageSession session, Guid sessionId, string at, Guid clinician, Guid room) =>
        session.SubmitAsync($"/Series/Schedule/{sessionId}", "#schedule", new()
        {
            ["Input.At"] = at, ["Input.Minutes"] = "180", ["Input.ClinicianId"] = clinician.ToString(), ["Input.RoomId"] = room.ToString(),
        });

    private Task<Guid> RoomAsync(string name) =>
        app.InDatabaseAsync(db => db.Rooms.Where(r => r.PracticeId == app.Demo.PracticeId && r.Name == name).Select(r => r.Id).SingleAsync());
}

[Collection(SqliteApp.Collection)]
public sealed class ScheduleTests_Sqlite(SqliteApp app) : ScheduleTests(app);

[Collection(PostgresApp.Collection)]
public sealed class ScheduleTests_Postgres(PostgresApp app) : ScheduleTests(app);
