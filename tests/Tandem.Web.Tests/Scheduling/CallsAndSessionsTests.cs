using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Consultations;
using Tandem.Core.Treatment;
using Tandem.Web.Pages.Series;
using Tandem.Web.Tests.Consultations;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Scheduling;

public abstract class CallsAndSessionsTests(TandemApp app)
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public async Task A_clinicians_free_calls_and_series_sessions_never_overlap_whichever_was_booked_first()
    {
        var practice = await app.OwnPracticeAsync();
        var session = (await app.CoupleInSeriesAsync(practice)).First(SessionKind.SharedJourney);
        var sam = await app.UserIdAsync(practice.Emails["sam"]);
        var (slug, room) = await app.InDatabaseAsync(async db =>
        {
            db.ConsultationHours.Add(new ConsultationHours
            {
                PracticeId = practice.PracticeId, ClinicianId = sam, Day = session.Date.DayOfWeek, Start = new(9, 0), End = new(17, 0), SlotMinutes = 20,
            });
            await db.SaveChangesAsync();
            return (await db.Practices.Where(p => p.Id == practice.PracticeId).Select(p => p.Slug).SingleAsync(),
                await db.Rooms.Where(r => r.PracticeId == practice.PracticeId).Select(r => r.Id).FirstAsync());
        });
        var clinician = await app.As(practice.Emails["sam"]);
        Assert.Equal(HttpStatusCode.Redirect, (await ScheduleAsync(clinician, session.Id, "10:00", sam, room)).StatusCode);

        var visitor = new Visitor(app, slug);
        var offered = await SamsCallsOnTheDayAsync(visitor, sam, session.Date);
        Assert.Contains(new TimeOnly(9, 40), offered.Keys);
        Assert.Contains(new TimeOnly(13, 0), offered.Keys);
        Assert.DoesNotContain(offered.Keys, t => t >= new TimeOnly(10, 0) && t < new TimeOnly(13, 0));

        Assert.Equal(HttpStatusCode.Redirect, (await visitor.BookAsync(visitor.Couple(offered[new TimeOnly(9, 40)]))).StatusCode);
        var earlier = await ScheduleAsync(clinician, session.Id, "09:30", sam, room);
        Assert.Equal(HttpStatusCode.OK, earlier.StatusCode);
        Assert.Contains(AppointmentBook.Taken, WebUtility.HtmlDecode(await earlier.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var appointment = await app.InDatabaseAsync(db => db.Appointments.SingleAsync(a => a.SeriesSessionId == session.Id));
        Assert.Equal(new TimeOnly(10, 0), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(appointment.StartsAt, NewYork)));
    }

    private static async Task<Dictionary<TimeOnly, string>> SamsCallsOnTheDayAsync(Visitor visitor, Guid sam, DateOnly day)
    {
        var page = await visitor.Session.GetAsync(visitor.BookUrl);
        var offered = new Dictionary<TimeOnly, string>();
        foreach (var key in page.Document.QuerySelectorAll("input[name='Input.Slot']").Select(i => i.GetAttribute("value")!).Distinct())
        {
            if (ConsultationSlot.TryParseKey(key, out var clinician, out var start) && clinician == sam
                && TimeZoneInfo.ConvertTimeFromUtc(start, NewYork) is var local && DateOnly.FromDateTime(local) == day)
            {
                offered[TimeOnly.FromDateTime(local)] = key;
            }
        }

        return offered;
    }

    private static Task<HttpResponseMessage> ScheduleAsync(PageSession session, Guid sessionId, string at, Guid clinician, Guid room) =>
        session.SubmitAsync($"/Series/Schedule/{sessionId}", "#schedule", new()
        {
            ["Input.At"] = at, ["Input.Minutes"] = "180", ["Input.ClinicianId"] = clinician.ToString(), ["Input.RoomId"] = room.ToString(),
        });
}

[Collection(SqliteApp.Collection)]
public sealed class CallsAndSessionsTests_Sqlite(SqliteApp app) : CallsAndSessionsTests(app);

[Collection(PostgresApp.Collection)]
public sealed class CallsAndSessionsTests_Postgres(PostgresApp app) : CallsAndSessionsTests(app);
