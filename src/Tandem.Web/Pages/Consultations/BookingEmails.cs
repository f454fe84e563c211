using Tandem.Core.Consultations;
using Tandem.Web.Infrastructure;
using Tandem.Web.Infrastructure.Email;

namespace Tandem.Web.Pages.Consultations;

/// <summary>
/// The visitor's emails about their call. They name the practice and the time, and nothing about care:
/// anyone may read an inbox or a calendar.
/// </summary>
public sealed class BookingEmails(Mailer mailer, PublicLinks links)
{
    public static string CallTitle(string practiceName) => $"Call with {practiceName}";

    /// <summary>The call's time in the zone the visitor chose, and in the practice's when that is another.</summary>
    public static string When(DateTime startsAt, TimeZoneInfo visitor, TimeZoneInfo practice) =>
        visitor.Id == practice.Id
            ? $"{startsAt.When(practice)} ({practice.Id} time)"
            : $"{startsAt.When(visitor)} ({visitor.Id} time), which is {startsAt.When(practice)} where the practice is ({practice.Id})";

    /// <summary>
    /// Confirms the call to the visitor, with their private link to move or cancel it, and for a couple to the partner
    /// too, who gets the time and the calendar file but not the link: the booking is the visitor's to change.
    /// </summary>
    /// <param name="token">The booking's manage token, which only the visitor's link carries.</param>
    public void Confirm(
        ConsultationCalendar.PublicPractice practice, ConsultationBooking booking, Prospect prospect, ConsultationCalendar.FreeCall call, TimeZoneInfo visitorZone, string token)
    {
        var manageUrl = links.Page("/Consultations/Booking", new { slug = practice.Slug, token });
        var when = When(booking.StartsAt, visitorZone, practice.Zone);
        var opening = booking.Revision == 0 ? "is booked for" : "has moved to";
        var ics = CalendarFiles.Event(booking.Id, CallTitle(practice.Name), booking.StartsAt, booking.EndsAt, booking.Revision, location: call.Location);
        mailer.SendAfterCommit(
            prospect.FirstName,
            prospect.Email,
            CallTitle(practice.Name),
            $"""
            Hello {prospect.FirstName},

            Your free call with {practice.Name} {opening} {when}.
            {call.How(prospect.Phone)}

            To move or cancel it, use your private link (keep it to yourself):
            {manageUrl}

            The attached calendar file adds the call to your calendar.

            {practice.Name}
            """,
            CalendarFiles.Attachment(ics));
        if (prospect.PartnerEmail is { Length: > 0 } partnerEmail && prospect.PartnerFirstName is { } partner)
        {
            mailer.SendAfterCommit(
                partner,
                partnerEmail,
                CallTitle(practice.Name),
                $"""
                Hello {partner},

                {prospect.FirstName} booked a free call with {practice.Name} for you both. It {opening} {when}.
                {call.How(prospect.Phone, prospect.FirstName)}

                To move or cancel it, ask {prospect.FirstName}: the private link to change it went to them.
                The attached calendar file adds the call to your calendar.

                {practice.Name}
                """,
                CalendarFiles.Attachment(ics));
        }
    }

    public void Cancelled(ConsultationCalendar.PublicPractice practice, ConsultationBooking booking, string firstName, string email) =>
        mailer.SendAfterCommit(
            firstName,
            email,
            CallTitle(practice.Name) + " cancelled",
            $"""
            Hello {firstName},

            Your call with {practice.Name} on {booking.StartsAt.When(practice.Zone)} ({practice.Zone.Id} time) is cancelled.
            You can book another time whenever you like:
            {links.Page("/Consultations/Book", new { slug = practice.Slug })}

            {practice.Name}
            """,
            CalendarFiles.Attachment(CalendarFiles.Event(booking.Id, CallTitle(practice.Name), booking.StartsAt, booking.EndsAt, booking.Revision + 1, cancelled: true)));
}
