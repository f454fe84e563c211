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

    /// <param name="token">The booking's manage token, which only the visitor's link carries.</param>
    public void Confirm(ConsultationCalendar.PublicPractice practice, ConsultationBooking booking, string firstName, string email, string token)
    {
        var manageUrl = links.Page("/Consultations/Booking", new { slug = practice.Slug, token });
        var when = $"{booking.StartsAt.When(practice.Zone)} ({practice.Zone.Id} time)";
        var opening = booking.Revision == 0 ? "is booked for" : "has moved to";
        mailer.SendAfterCommit(
            firstName,
            email,
            CallTitle(practice.Name),
            $"""
            Hello {firstName},

            Your free call with {practice.Name} {opening} {when}.

            To move or cancel it, use your private link (keep it to yourself):
            {manageUrl}

            The attached calendar file adds the call to your calendar.

            {practice.Name}
            """,
            CalendarFiles.Attachment(CalendarFiles.Event(booking.Id, CallTitle(practice.Name), booking.StartsAt, booking.EndsAt, booking.Revision)));
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
