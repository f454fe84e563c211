using Microsoft.EntityFrameworkCore;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Consultations;

/// <summary>
/// A booking confirms the time in the visitor's zone and the practice's, confirms to the partner separately (without
/// the private link to change it), and tells the clinician a call was booked with them, naming nobody.
/// </summary>
public abstract class BookingNoticeTests(TandemApp app)
{
    [Fact]
    public async Task The_visitor_the_partner_and_the_clinician_each_hear_of_the_booking_in_their_own_words()
    {
        var visitor = new Visitor(app);
        var slot = await visitor.OpenSlotAsync(fromTheEnd: 4);
        var page = await visitor.Session.GetAsync(visitor.BookUrl + "?tz=Asia/Tokyo");
        var link = Visitor.ManageLink(await visitor.Session.SubmitAsync(page, visitor.BookUrl + "?tz=Asia/Tokyo", "form.booking", visitor.Couple(slot)));

        var mail = Assert.Single(app.To(visitor.Email));
        Assert.Contains("(Asia/Tokyo time), which is", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("where the practice is (America/New_York)", mail.TextBody, StringComparison.Ordinal);

        var partner = Assert.Single(app.To("partner-" + visitor.Email));
        Assert.Equal("Call with Demo Practice", partner.Subject);
        Assert.Contains("Robin booked a free call with Demo Practice for you both", partner.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(link.Split('?')[0], partner.TextBody, StringComparison.Ordinal);
        NoHealthInformation.AssertInMail(partner, link);

        var booking = await app.InDatabaseAsync(db => db.ConsultationBookings.SingleAsync(b => b.Prospect!.Email == visitor.Email));
        var lead = await app.InDatabaseAsync(db => db.Users.Where(u => u.Id == booking.ClinicianId).Select(u => u.Email!).SingleAsync());
        var when = Web.Infrastructure.LocalTime.When(booking.StartsAt, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        var told = Assert.Single(app.To(lead), m => m.Subject == "A free call was booked with you" && m.TextBody?.Contains(when, StringComparison.Ordinal) == true);
        Assert.Contains("/Agenda?on=", told.TextBody, StringComparison.Ordinal);
        var calendar = told.CalendarFile();
        Assert.Contains("SUMMARY:Free call", calendar, StringComparison.Ordinal);
        Assert.Contains($"DTSTART:{booking.StartsAt:yyyyMMdd'T'HHmmss}Z", calendar, StringComparison.Ordinal);
        foreach (var name in new[] { "Robin", "Kai", "Hale", visitor.Email })
        {
            Assert.DoesNotContain(name, told.TextBody + calendar, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_time_zone_list_starts_with_the_visitors_the_practices_and_the_common_zones()
    {
        var page = await new Visitor(app).Session.GetAsync("/p/demo/book?tz=Asia/Tokyo");
        var first = page.Document.QuerySelectorAll("#tz optgroup[label='Common time zones'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["Asia/Tokyo", "America/New_York"], first.Take(2));
        Assert.Contains("Europe/London", first);
        Assert.True(first.Count < 20);
        Assert.True(page.Document.QuerySelectorAll("#tz optgroup[label='Every time zone'] option").Length > 300);
        Assert.Equal("Asia/Tokyo", page.Document.QuerySelector("#tz option[selected]")?.GetAttribute("value"));
    }
}

[Collection(SqliteApp.Collection)]
public sealed class BookingNoticeTests_Sqlite(SqliteApp app) : BookingNoticeTests(app);

[Collection(PostgresApp.Collection)]
public sealed class BookingNoticeTests_Postgres(PostgresApp app) : BookingNoticeTests(app);
