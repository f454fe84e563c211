using System.Net;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Tandem.Core.Audit;
using Tandem.Web.Demo;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Consultations;

/// <summary>
/// Each clinician says on their hours page how their free calls happen, by phone or at their video link; the visitor's
/// confirmation page, email and calendar file then say it.
/// </summary>
public abstract class CallMethodTests(TandemApp app)
{
    private const string Link = "https://meet.example.test/room-42?pwd=calm";

    [Fact]
    public async Task A_clinicians_video_link_reaches_the_booking_page_the_email_and_the_calendar_file()
    {
        var (practice, slug) = await PracticeAsync();
        var clinicians = await CliniciansWithHoursAsync(practice);
        foreach (var clinician in clinicians)
        {
            var set = await (await app.SignInAsync(clinician)).SubmitAsync("/Availability", "#call-method", new() { ["Call.Method"] = "Video", ["Call.VideoLink"] = Link });
            Assert.True(set.StatusCode == HttpStatusCode.Redirect, await set.Content.ReadAsStringAsync());
        }

        var visitor = new Visitor(app, slug);
        var manage = Visitor.ManageLink(await visitor.BookAsync(visitor.Couple(await visitor.OpenSlotAsync())));

        var page = await visitor.Session.GetAsync(manage);
        Assert.Contains($"By video: join at {Link}", page.Document.QuerySelector("#call-method")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Link, page.Document.QuerySelector("#call-method a")!.GetAttribute("href"));
        var mail = Assert.Single(app.To(visitor.Email));
        Assert.Contains($"By video: join at {Link}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"By video: join at {Link}", Assert.Single(app.To("partner-" + visitor.Email)).TextBody, StringComparison.Ordinal);
        var call = Assert.Single(Calendar.Load(mail.CalendarFile("call.ics"))!.Events);
        Assert.Equal(Link, call.Location);
        Assert.Equal(clinicians.Count, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.Code == AuditCode.FreeCallMethod_Changed && e.PracticeId == practice.PracticeId)));
    }

    [Fact]
    public async Task Without_a_video_link_the_practice_calls_the_number_the_visitor_gave()
    {
        var (_, slug) = await PracticeAsync();
        var visitor = new Visitor(app, slug);
        var manage = Visitor.ManageLink(await visitor.BookAsync(visitor.Couple(await visitor.OpenSlotAsync())));

        Assert.Contains("By phone: the practice calls you on +1 555 0100", (await visitor.Session.GetAsync(manage)).Document.QuerySelector("#call-method")!.TextContent, StringComparison.Ordinal);
        var mail = Assert.Single(app.To(visitor.Email));
        Assert.Contains("By phone: the practice calls you on +1 555 0100", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal("By phone", Assert.Single(Calendar.Load(mail.CalendarFile("call.ics"))!.Events).Location);
    }

    [Theory]
    [InlineData("http://meet.example.test/room", "Enter the video link as an https:// address")]
    [InlineData("javascript:alert(1)", "Enter the video link as an https:// address")]
    [InlineData("", "Enter the video link your calls happen at")]
    [InlineData("https://meet.example.test/LONG", "Keep the video link to 500 characters")]
    public async Task A_bad_video_link_gets_a_message_and_saves_nothing(string link, string message)
    {
        var (practice, _) = await PracticeAsync();
        var sam = await app.SignInAsync(practice.Emails["sam"]);

        var response = await sam.SubmitAsync("/Availability", "#call-method", new() { ["Call.Method"] = "Video", ["Call.VideoLink"] = link.Replace("LONG", new string('a', 480), StringComparison.Ordinal) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.FreeCallMethods.CountAsync(m => m.PracticeId == practice.PracticeId)));
    }

    [Fact]
    public async Task A_call_method_changed_in_another_window_is_not_overwritten()
    {
        var (practice, _) = await PracticeAsync();
        var sam = await app.SignInAsync(practice.Emails["sam"]);
        var (first, second) = (await sam.GetAsync("/Availability"), await sam.GetAsync("/Availability"));
        Assert.Equal(HttpStatusCode.Redirect, (await sam.SubmitAsync(first, "/Availability", "#call-method", new() { ["Call.Method"] = "Video", ["Call.VideoLink"] = Link })).StatusCode);

        var stale = await sam.SubmitAsync(second, "/Availability", "#call-method", new() { ["Call.Method"] = "Phone", ["Call.VideoLink"] = "" });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains($"changed since you opened this page: by video at {Link}. Nothing was saved.", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(Link, await app.InDatabaseAsync(db => db.FreeCallMethods.Where(m => m.PracticeId == practice.PracticeId).Select(m => m.VideoLink).SingleAsync()));
    }

    private async Task<(SeededPractice Practice, string Slug)> PracticeAsync()
    {
        var practice = await app.OwnPracticeAsync();
        return (practice, await app.InDatabaseAsync(db => db.Practices.Where(p => p.Id == practice.PracticeId).Select(p => p.Slug).SingleAsync()));
    }

    private Task<List<string>> CliniciansWithHoursAsync(SeededPractice practice) =>
        app.InDatabaseAsync(db => db.Users.Where(u => u.PracticeId == practice.PracticeId && db.ConsultationHours.Any(h => h.ClinicianId == u.Id)).Select(u => u.Email!).ToListAsync());
}

[Collection(SqliteApp.Collection)]
public sealed class CallMethodTests_Sqlite(SqliteApp app) : CallMethodTests(app);

[Collection(PostgresApp.Collection)]
public sealed class CallMethodTests_Postgres(PostgresApp app) : CallMethodTests(app);
