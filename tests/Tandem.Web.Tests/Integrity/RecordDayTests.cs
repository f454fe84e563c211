using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Integration;
using Tandem.Core.Treatment;
using Tandem.Web.Infrastructure;
using Tandem.Web.Tests.Dosing;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Integrity;

/// <summary>
/// A record belongs to its day: a planned session is never moved into the past, nothing is dosed or signed before its
/// day, and a dosing record written while an earlier one is still unsigned says why.
/// </summary>
public abstract class RecordDayTests(TandemApp app)
{
    [Fact]
    public async Task A_session_cannot_be_moved_into_the_past()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var sam = await app.As(app.Demo.Emails["sam"]);
        var url = $"/Series/{series.CaseId}";
        var session = series.Sessions.OrderBy(s => s.Date).First();
        var today = await app.InDatabaseAsync(db => db.PracticeTodayAsync(app.Demo.PracticeId, app.Clock));
        var before = await Security.DatabaseSnapshot.TakeAsync(app);

        var moved = await sam.SubmitAsync(await sam.GetAsync(url), url, $"form[action*=Move]:has(input[name=number][value='{session.Number}'])",
            new() { ["date"] = today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Contains("A session cannot be moved into the past", await moved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await Security.DatabaseSnapshot.TakeAsync(app));
        var allowed = await sam.SubmitAsync(await sam.GetAsync(url), url, $"form[action*=Move]:has(input[name=number][value='{session.Number}'])",
            new() { ["date"] = session.Date.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
    }

    [Fact]
    public async Task A_dose_is_neither_recorded_nor_signed_before_the_sessions_day()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var journey = await app.OnDayAsync(series.First(SessionKind.IndividualJourney, series.A.Id), daysFromToday: 1);
        var url = $"/Dosing/{journey.Id}";
        var sam = await app.As(app.Demo.Emails["sam"]);
        Assert.Equal(HttpStatusCode.Redirect, (await DosingForms.OrderAsync(await app.As(app.Demo.Emails["maya"]), url, series.A.Id, "200")).StatusCode);
        var before = await Security.DatabaseSnapshot.TakeAsync(app);

        var recorded = await DosingForms.RecordAsync(sam, url, series.A.Id, dose: "200");
        var vitals = await DosingForms.VitalsAsync(sam, url, series.A.Id, "09:50", "124", "78");
        var signed = await sam.SubmitAsync(url, "#sign form", []);

        var notYet = $"This session is on {journey.Date.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-US"))}: its dose, vitals and discharge are recorded, and the record signed, on that day or later.";
        Assert.Contains(notYet, WebUtility.HtmlDecode(await recorded.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains(notYet, WebUtility.HtmlDecode(await signed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains(notYet, WebUtility.HtmlDecode(await vitals.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await Security.DatabaseSnapshot.TakeAsync(app));

        await app.OnDayAsync(journey);
        Assert.Equal(HttpStatusCode.Redirect, (await DosingForms.RecordAsync(sam, url, series.A.Id, dose: "200")).StatusCode);
    }

    [Fact]
    public async Task Recording_a_dose_while_an_earlier_dosing_session_is_unsigned_needs_a_reason_kept_on_the_record()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var first = await app.OnDayAsync(series.First(SessionKind.IndividualJourney, series.A.Id), daysFromToday: -7);
        var shared = await app.OnDayAsync(series.First(SessionKind.SharedJourney));
        var maya = await app.As(app.Demo.Emails["maya"]);
        var sam = await app.As(app.Demo.Emails["sam"]);
        await DosingForms.OrderAsync(maya, $"/Dosing/{first.Id}", series.A.Id, "200");
        Assert.Equal(HttpStatusCode.Redirect, (await DosingForms.RecordAsync(sam, $"/Dosing/{first.Id}", series.A.Id, dose: "200")).StatusCode);
        var url = $"/Dosing/{shared.Id}";
        await DosingForms.OrderAsync(maya, url, series.A.Id, "150");
        var before = await Security.DatabaseSnapshot.TakeAsync(app);

        var refused = await DosingForms.RecordAsync(sam, url, series.A.Id, dose: "150");

        var text = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        var earlier = first.Date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-US"));
        Assert.Contains($"{series.A.FullName.Split(' ')[0]}'s dosing session of {earlier} is not signed yet", text, StringComparison.Ordinal);
        Assert.Equal(before, await Security.DatabaseSnapshot.TakeAsync(app));
        var form = (await sam.GetAsync(url)).Document.QuerySelector($"#person-{series.A.Id} form.record-form");
        Assert.NotNull(form!.QuerySelector("[name='Record.EarlierUnsignedReason']"));

        var reason = "The first session's vitals sheet is with the nurse; Ari came in today as planned";
        var recorded = await DosingForms.RecordAsync(sam, url, series.A.Id, dose: "150", extra: new() { ["Record.EarlierUnsignedReason"] = reason });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Equal(reason, await app.InDatabaseAsync(db => db.DosingRecords
            .Where(r => r.ClientId == series.A.Id && db.DosingSessions.Any(d => d.Id == r.DosingSessionId && d.SeriesSessionId == shared.Id))
            .Select(r => r.EarlierUnsignedReason).SingleAsync()));
        Assert.Contains(reason, (await sam.GetAsync(url)).Document.QuerySelector($"#person-{series.A.Id}")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_integration_is_not_signed_before_its_day_and_the_portal_shows_no_session_as_done_nor_its_practices_early()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var joint = await app.OnDayAsync(series.First(SessionKind.JointIntegration), daysFromToday: 1);
        var sam = await app.As(app.Demo.Emails["sam"]);
        var url = $"/Integration/{joint.Id}";
        var practice = await app.InDatabaseAsync(db => db.HomePractices.Where(p => p.PracticeId == app.Demo.PracticeId && p.Name == "Slow down reactivity").SingleAsync());
        var before = await Security.DatabaseSnapshot.TakeAsync(app);

        var signed = await sam.SubmitAsync(await sam.GetAsync(url), url, "#integration", new()
        {
            ["Input.SharedInsights"] = "You paused before answering", ["Input.Practices"] = practice.Id.ToString(),
        }, button: "handler=Sign");

        var tomorrow = joint.Date.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-US"));
        Assert.Contains($"This session is on {tomorrow}: it is signed on its day, not before.", WebUtility.HtmlDecode(await signed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await Security.DatabaseSnapshot.TakeAsync(app));

        // A record signed early before this rule existed still stays out of the portal until its day.
        await app.InDatabaseAsync(async db =>
        {
            var early = new IntegrationSession
            {
                PracticeId = app.Demo.PracticeId, SeriesSessionId = joint.Id, CaseId = series.CaseId, SharedInsights = "You paused before answering",
                SignedById = await db.Users.Where(u => u.Email == app.Demo.Emails["sam"]).Select(u => u.Id).SingleAsync(), SignedAt = DateTime.UtcNow,
            };
            early.Practices.Add(new PracticeAssignment
            {
                PracticeId = app.Demo.PracticeId, IntegrationSessionId = early.Id, CaseId = series.CaseId, ClientId = series.A.Id,
                HomePracticeId = practice.Id, AssignedAt = DateTime.UtcNow,
            });
            db.IntegrationSessions.Add(early);
            return await db.SaveChangesAsync();
        });
        var ari = await app.SignInAsync(series.A.Email);
        Assert.Null((await ari.GetAsync("/Portal/Sessions")).Document.QuerySelector($"#done a[href='/Portal/Sessions/{joint.Id}']"));
        Assert.DoesNotContain("You paused before answering", (await ari.GetAsync($"/Portal/Sessions/{joint.Id}")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Slow down reactivity", (await ari.GetAsync("/Portal/Practices")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Slow down reactivity", (await ari.GetAsync("/Portal")).Text, StringComparison.Ordinal);

        await app.OnDayAsync(joint);
        Assert.NotNull((await ari.GetAsync("/Portal/Sessions")).Document.QuerySelector($"#done a[href='/Portal/Sessions/{joint.Id}']"));
        Assert.Contains("Slow down reactivity", (await ari.GetAsync("/Portal/Practices")).Text, StringComparison.Ordinal);
    }
}

[Collection(SqliteApp.Collection)]
public sealed class RecordDayTests_Sqlite(SqliteApp app) : RecordDayTests(app);

[Collection(PostgresApp.Collection)]
public sealed class RecordDayTests_Postgres(PostgresApp app) : RecordDayTests(app);
