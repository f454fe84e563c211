using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Audit;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Agenda;

/// <summary>
/// The agenda shows each booked session as the case access rule allows: the case team sees the kind of care and a link
/// to the record, an off-team clinician the names and stage, the admin the time, room, clinician and names only.
/// The demo practice books the couple's joint integration with Sam in the Willow room today.
/// </summary>
public abstract class AgendaTests(TandemApp app)
{
    [Fact]
    public async Task The_case_team_sees_todays_session_with_its_kind_and_record_on_the_dashboard_and_the_agenda()
    {
        var practice = await app.OwnPracticeAsync();
        var sam = await app.SignInAsync(practice.Emails["sam"]);
        var integration = await TodaysSessionAsync(practice.PracticeId);

        var dashboard = await sam.GetAsync("/Dashboard");
        var today = dashboard.Document.QuerySelector("#today")?.TextContent ?? "";
        Assert.Contains("Today,", today, StringComparison.Ordinal);
        Assert.Contains("Joint integration", today, StringComparison.Ordinal);
        Assert.Contains("Jordan Ellis and Alex Moreno", today, StringComparison.Ordinal);
        Assert.Contains("2:00 PM–3:00 PM", today, StringComparison.Ordinal);
        Assert.Contains("Willow room", today, StringComparison.Ordinal);
        Assert.NotNull(dashboard.Document.QuerySelector($"#today a[href='/Integration/{integration}']"));

        var agenda = await sam.GetAsync("/Agenda");
        Assert.Equal(HttpStatusCode.OK, agenda.Status);
        Assert.Contains("Joint integration", agenda.Text, StringComparison.Ordinal);
        Assert.Contains("Dosing series", agenda.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_sees_time_room_clinician_and_names_but_never_the_kind_of_care_or_the_stage()
    {
        var practice = await app.OwnPracticeAsync();
        var admin = await app.SignInAsync(practice.Emails["admin"]);

        var page = await admin.GetAsync("/Agenda");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var item = page.Document.QuerySelectorAll(".agenda-item").Single(i => i.TextContent.Contains("Jordan Ellis", StringComparison.Ordinal)).TextContent;
        Assert.Contains("Session", item, StringComparison.Ordinal);
        Assert.Contains("Sam Lindqvist, Willow room", item, StringComparison.Ordinal);
        Assert.Contains("2:00 PM", item, StringComparison.Ordinal);
        foreach (var clinical in new[] { "integration", "journey", "Dosing series", "Preparation" })
        {
            Assert.DoesNotContain(clinical, page.Text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Empty(page.Document.QuerySelectorAll(".agenda-item a"));
    }

    [Fact]
    public async Task A_clinician_off_the_team_sees_names_and_stage_in_the_practice_agenda_but_not_the_kind_of_care()
    {
        var practice = await app.OwnPracticeAsync();
        var offTeam = await app.SignInAsync(await app.StaffAsync(practice, Roles.Clinician));

        Assert.DoesNotContain("Jordan Ellis", (await offTeam.GetAsync("/Agenda")).Text, StringComparison.Ordinal);
        var page = await offTeam.GetAsync("/Agenda?whose=everyone");
        var item = page.Document.QuerySelectorAll(".agenda-item").Single(i => i.TextContent.Contains("Jordan Ellis", StringComparison.Ordinal));
        Assert.Contains("Session", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("Dosing series", item.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("integration", item.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(item.QuerySelector($"a[href='/Cases/{practice.Cases["couple"]}']"));
        Assert.Null(item.QuerySelector("a[href^='/Integration/']"));
    }

    [Fact]
    public async Task A_rooms_agenda_holds_its_own_bookings_and_a_room_of_another_practice_is_not_found()
    {
        var practice = await app.OwnPracticeAsync();
        var rooms = await app.InDatabaseAsync(db => db.Rooms.Where(r => r.PracticeId == practice.PracticeId).ToDictionaryAsync(r => r.Name, r => r.Id));
        var otherRoom = await app.InDatabaseAsync(db => db.Rooms.Where(r => r.PracticeId == app.Other.PracticeId).Select(r => r.Id).FirstAsync());
        var admin = await app.SignInAsync(practice.Emails["admin"]);

        Assert.Contains("Jordan Ellis", (await admin.GetAsync($"/Agenda?whose={rooms["Willow room"]}")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Jordan Ellis", (await admin.GetAsync($"/Agenda?whose={rooms["Cedar room"]}")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Agenda?whose={otherRoom}")).Status);
    }

    [Fact]
    public async Task Another_practices_staff_and_clients_never_see_the_agenda()
    {
        var practice = await app.OwnPracticeAsync();
        var jordan = practice.Clients["jordan"];
        await app.InDatabaseAsync(db => db.Clients.Where(c => c.Id == jordan).ExecuteUpdateAsync(c => c.SetProperty(x => x.FirstName, "Jordanqz")));
        Assert.Contains("Jordanqz", (await (await app.SignInAsync(practice.Emails["admin"])).GetAsync("/Agenda")).Text, StringComparison.Ordinal);
        foreach (var email in new[] { app.Other.Emails["admin"], app.Other.Emails["sam"] })
        {
            var page = await (await app.SignInAsync(email)).GetAsync("/Agenda?whose=everyone");
            Assert.DoesNotContain("Jordanqz", page.Text, StringComparison.Ordinal);
        }

        Assert.NotEqual(HttpStatusCode.OK, (await (await app.SignInAsync(practice.Emails["jordan"])).GetAsync("/Agenda")).Status);
    }

    [Fact]
    public async Task Seeing_a_clients_appointment_is_in_their_access_log_and_a_week_shows_yesterdays_journey()
    {
        var practice = await app.OwnPracticeAsync();
        var jordan = practice.Clients["jordan"];
        var admin = await app.SignInAsync(practice.Emails["admin"]);
        var before = await ReadsAsync(practice.PracticeId, jordan);

        var zone = TimeZoneInfo.FindSystemTimeZoneById(await app.InDatabaseAsync(db => db.Practices.Where(p => p.Id == practice.PracticeId).Select(p => p.TimeZoneId).FirstAsync()));
        var yesterday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(app.Clock.GetUtcNow().UtcDateTime, zone)).AddDays(-1);
        var week = await admin.GetAsync($"/Agenda?week=true&on={yesterday:yyyy-MM-dd}");
        Assert.Equal(7, week.Document.QuerySelectorAll(".agenda-day").Length);
        Assert.Contains("10:00 AM–1:00 PM", week.Text, StringComparison.Ordinal);

        Assert.True(await ReadsAsync(practice.PracticeId, jordan) > before);
    }

    private Task<int> ReadsAsync(Guid practice, Guid client) =>
        app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.PracticeId == practice && e.Code == AuditCode.Agenda_Viewed && e.ClientId == client));

    private Task<Guid> TodaysSessionAsync(Guid practice) =>
        app.InDatabaseAsync(db => db.Appointments.Where(a => a.PracticeId == practice)
            .Join(db.SeriesSessions, a => a.SeriesSessionId, s => s.Id, (a, s) => new { s.Id, s.Kind })
            .Where(s => s.Kind == Core.Treatment.SessionKind.JointIntegration).Select(s => s.Id).SingleAsync());
}

[Collection(SqliteApp.Collection)]
public sealed class AgendaTests_Sqlite(SqliteApp app) : AgendaTests(app);

[Collection(PostgresApp.Collection)]
public sealed class AgendaTests_Postgres(PostgresApp app) : AgendaTests(app);
