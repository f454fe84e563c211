using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Consultations;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Consultations;

public abstract class BookingTests(TandemApp app)
{
    [Fact]
    public async Task A_couples_booking_becomes_a_case_for_the_clinician_and_a_confirmation_without_health_details()
    {
        var visitor = new Visitor(app);
        var slot = await visitor.OpenSlotAsync();
        var link = Visitor.ManageLink(await visitor.BookAsync(visitor.Couple(slot)));

        var manage = await visitor.Session.GetAsync(link);
        Assert.Contains("Booked:", manage.Text, StringComparison.Ordinal);

        var booking = await app.InDatabaseAsync(db => db.ConsultationBookings.Include(b => b.Prospect).SingleAsync(b => b.Prospect!.Email == visitor.Email));
        var @case = await app.InDatabaseAsync(db => db.Cases.Include(c => c.Team).SingleAsync(c => c.Id == booking.CaseId));
        Assert.Equal(CaseStage.ConsultationBooked, @case.Stage);
        Assert.Equal(CaseKind.Couple, @case.Kind);
        Assert.Equal("Robin Hale & Kai Hale", @case.Name);
        Assert.Equal(booking.ClinicianId, Assert.Single(@case.Team).StaffId);

        var lead = await app.InDatabaseAsync(db => db.Users.Where(u => u.Id == booking.ClinicianId).Select(u => u.Email!).SingleAsync());
        var dashboard = await (await app.As(lead)).GetAsync("/Dashboard");
        Assert.Contains("Robin Hale &amp; Kai Hale", dashboard.Html, StringComparison.Ordinal);

        var mail = Assert.Single(app.To(visitor.Email));
        Assert.Equal("Call with Demo Practice", mail.Subject);
        Assert.Contains(link, mail.TextBody, StringComparison.Ordinal);
        var call = NoHealthInformation.AssertInMail(mail, link);
        Assert.True(call.DtStart!.IsUtc);
        Assert.Equal(booking.StartsAt, call.DtStart.AsUtc);

        var download = NoHealthInformation.AssertInCalendar(await CalendarFromManagePageAsync(visitor, link));
        Assert.Equal(booking.StartsAt, download.DtStart!.AsUtc);
    }

    [Fact]
    public async Task Visitors_racing_for_one_slot_leave_exactly_one_booking()
    {
        const int racers = 12;
        var visitors = Enumerable.Range(0, racers).Select(_ => new Visitor(app)).ToList();
        var slot = await visitors[0].OpenSlotAsync(fromTheEnd: 1);
        var forms = await Task.WhenAll(visitors.Select(v => v.Session.GetAsync(v.BookUrl)));

        var responses = await Task.WhenAll(visitors.Select((v, i) =>
            Task.Run(() => v.Session.SubmitAsync(forms[i], v.BookUrl, "form.booking", v.Couple(slot)))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        var losers = responses.Where(r => r.StatusCode != HttpStatusCode.Redirect).ToList();
        Assert.Equal(racers - 1, losers.Count);
        Assert.True(ConsultationSlot.TryParseKey(slot, out var clinician, out var start));
        foreach (var loser in losers)
        {
            Assert.Equal(HttpStatusCode.OK, loser.StatusCode);
            var page = new HtmlParser().ParseDocument(await loser.Content.ReadAsStringAsync());
            Assert.Contains("That time was just taken", page.Body!.TextContent, StringComparison.Ordinal);
            AssertTheNearestOpenTimesAreOffered(page, start);
        }

        Assert.Equal(1, await app.InDatabaseAsync(db => db.ConsultationBookings.CountAsync(b => b.ClinicianId == clinician && b.StartsAt == start)));
        var emails = visitors.Select(v => v.Email).ToList();
        Assert.Equal(1, await app.InDatabaseAsync(db => db.Prospects.CountAsync(p => emails.Contains(p.Email))));
    }

    [Fact]
    public async Task The_database_itself_refuses_a_second_live_booking_of_a_slot_but_not_after_a_cancellation()
    {
        var caseId = app.Demo.Cases["chris"];
        var template = await app.InDatabaseAsync(db => db.ConsultationBookings.AsNoTracking().OrderBy(b => b.StartsAt).FirstAsync(b => b.CaseId == caseId));
        var start = template.StartsAt.AddYears(1);
        ConsultationBooking Copy(DateTime? cancelledAt) => new()
        {
            PracticeId = template.PracticeId, ClinicianId = template.ClinicianId, StartsAt = start, EndsAt = start.AddMinutes(20),
            ProspectId = template.ProspectId, CaseId = template.CaseId, ManageTokenHash = Guid.NewGuid().ToString("N"), CancelledAt = cancelledAt,
        };

        await app.InDatabaseAsync(db =>
        {
            db.ConsultationBookings.AddRange(Copy(DateTime.UtcNow), Copy(null));
            return db.SaveChangesAsync();
        });
        var duplicate = await Assert.ThrowsAsync<DbUpdateException>(() => app.InDatabaseAsync(db =>
        {
            db.ConsultationBookings.Add(Copy(null));
            return db.SaveChangesAsync();
        }));
        Assert.True(Tandem.Data.DbErrors.IsUniqueViolation(duplicate));
    }

    [Fact]
    public async Task Cancelling_frees_the_slot_and_closes_the_case()
    {
        var visitor = new Visitor(app);
        var slot = await visitor.OpenSlotAsync(fromTheEnd: 2);
        var link = Visitor.ManageLink(await visitor.BookAsync(visitor.Couple(slot)));
        Assert.DoesNotContain(slot, (await visitor.Session.GetAsync(visitor.BookUrl)).Html, StringComparison.Ordinal);

        var cancelled = await visitor.Session.SubmitAsync(link, "form[action*=Cancel]", []);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Contains("This call is cancelled", (await visitor.Session.GetAsync(link)).Text, StringComparison.Ordinal);

        var caseStage = await app.InDatabaseAsync(db => db.ConsultationBookings.Where(b => b.Prospect!.Email == visitor.Email)
            .Select(b => db.Cases.Where(c => c.Id == b.CaseId).Select(c => c.Stage).Single()).SingleAsync());
        Assert.Equal(CaseStage.Closed, caseStage);
        var closedWith = await app.InDatabaseAsync(db => db.ConsultationBookings.Where(b => b.Prospect!.Email == visitor.Email)
            .SelectMany(b => db.CaseStageChanges.Where(h => h.CaseId == b.CaseId && h.To == CaseStage.Closed)).Select(h => h.Reason).SingleAsync());
        Assert.Equal("The visitor cancelled the consultation booking", closedWith);

        var mails = app.To(visitor.Email);
        Assert.Equal(2, mails.Count);
        Assert.Equal("Call with Demo Practice cancelled", mails[^1].Subject);
        var call = NoHealthInformation.AssertInMail(mails[^1]);
        Assert.Equal(Ical.Net.EventStatus.Cancelled, call.Status);
        NoHealthInformation.AssertInCalendar(await CalendarFromManagePageAsync(visitor, link));

        var again = new Visitor(app);
        Assert.Contains(slot, (await again.Session.GetAsync(again.BookUrl)).Html, StringComparison.Ordinal);
        Visitor.ManageLink(await again.BookAsync(again.Couple(slot)));
    }

    [Fact]
    public async Task A_visitor_moves_the_call_and_gets_an_updated_calendar_file()
    {
        var visitor = new Visitor(app);
        var slot = await visitor.OpenSlotAsync(fromTheEnd: 3);
        var link = Visitor.ManageLink(await visitor.BookAsync(visitor.Couple(slot)));

        var movePage = await visitor.Session.GetAsync(link + "/move");
        var newSlot = movePage.Document.QuerySelectorAll("input[name=Slot]").Select(i => i.GetAttribute("value")!).First(k => k != slot);
        var moved = await visitor.Session.SubmitAsync(movePage, link + "/move", "form.booking", new() { ["Slot"] = newSlot });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        Assert.True(ConsultationSlot.TryParseKey(newSlot, out _, out var newStart));
        var booking = await app.InDatabaseAsync(db => db.ConsultationBookings.SingleAsync(b => b.Prospect!.Email == visitor.Email));
        Assert.Equal(newStart, booking.StartsAt);
        Assert.Equal(1, booking.Revision);
        var update = app.To(visitor.Email)[^1];
        Assert.Contains("has moved to", update.TextBody, StringComparison.Ordinal);
        var call = NoHealthInformation.AssertInMail(update, link);
        Assert.Equal(newStart, call.DtStart!.AsUtc);
        Assert.Equal(1, call.Sequence);

        var download = NoHealthInformation.AssertInCalendar(await CalendarFromManagePageAsync(visitor, link));
        Assert.Equal(newStart, download.DtStart!.AsUtc);
    }

    [Fact]
    public async Task An_unknown_practice_has_no_booking_page()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.NewSession().GetAsync("/p/no-such-practice/book")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await app.NewSession().GetAsync("/p/demo/booking/not-a-token")).Status);
    }

    /// <summary>No open time left off the "nearest" list is closer to the wanted one than a listed time.</summary>
    private static void AssertTheNearestOpenTimesAreOffered(IHtmlDocument page, DateTime wanted)
    {
        static TimeSpan Distance(string key, DateTime wanted) =>
            ConsultationSlot.TryParseKey(key, out _, out var start) ? (start - wanted).Duration() : throw new InvalidOperationException(key);

        var nearest = page.QuerySelectorAll(".nearest input[name='Input.Slot']").Select(i => i.GetAttribute("value")!).ToList();
        var open = page.QuerySelectorAll(".day input[name='Input.Slot']").Select(i => i.GetAttribute("value")!).ToList();
        Assert.Equal(3, nearest.Count);
        Assert.All(nearest, key => Assert.Contains(key, open));
        Assert.True(
            nearest.Max(k => Distance(k, wanted)) <= open.Except(nearest).Min(k => Distance(k, wanted)),
            $"Offered {string.Join(", ", nearest)} as nearest to {wanted:O}.");
    }

    private static async Task<string> CalendarFromManagePageAsync(Visitor visitor, string link)
    {
        var response = await visitor.Session.Http.GetAsync(link.Split('?')[0] + "?handler=Calendar");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsStringAsync();
    }
}

[Collection(SqliteApp.Collection)]
public sealed class BookingTests_Sqlite(SqliteApp app) : BookingTests(app);

[Collection(PostgresApp.Collection)]
public sealed class BookingTests_Postgres(PostgresApp app) : BookingTests(app);
