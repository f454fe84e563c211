using Microsoft.EntityFrameworkCore;
using Tandem.Core.Consultations;
using Tandem.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Infrastructure.Email;
using Tandem.Core;

namespace Tandem.Web.Pages.Consultations;

/// <summary>Tells a clinician a free call was booked with them: the time, their agenda and a calendar file, no name (an inbox is not the record).</summary>
public sealed class StaffNotices(TandemDbContext db, Mailer mailer, PublicLinks links)
{
    public async Task BookedAsync(ConsultationBooking booking)
    {
        var clinician = await db.Users.AsNoTracking().Where(u => u.Id == booking.ClinicianId).Select(u => new { u.DisplayName, u.Email }).FirstAsync();
        var zone = await db.PracticeZoneAsync(booking.PracticeId);
        var day = booking.StartsAt.DayIn(zone).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        mailer.SendAfterCommit(clinician.DisplayName, clinician.Email!, "A free call was booked with you", $"""
            Hello {clinician.DisplayName},

            A free call was booked with you for {booking.StartsAt.When(zone)}. It is in your agenda:
            {links.Page("/Agenda/Index", new { on = day })}
            """,
            CalendarFiles.Attachment(CalendarFiles.Event(booking.Id, "Free call", booking.StartsAt, booking.EndsAt)));
    }
}
