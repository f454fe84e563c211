using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Consultations;
using Tandem.Data;
using Tandem.Data.Audit;
using Tandem.Web.Infrastructure;
using Tandem.Web.Infrastructure.Email;

namespace Tandem.Web.Pages.Consultations;

/// <summary>The visitor's private page for their call: see it, add it to a calendar, move it or cancel it.</summary>
[EnableRateLimiting(PostRateLimits.Booking)]
public sealed class BookingModel(
    TandemDbContext db, ConsultationCalendar calendar, AuditLog audit, BookingEmails emails, TimeProvider clock) : PageModel
{
    public ConsultationCalendar.PublicPractice Practice { get; private set; } = null!;
    public ConsultationBooking Booking { get; private set; } = null!;
    public string Clinician { get; private set; } = "";
    public ConsultationCalendar.FreeCall Call { get; private set; } = null!;
    public TimeZoneInfo VisitorZone { get; private set; } = TimeZoneInfo.Utc;

    [BindProperty(SupportsGet = true)]
    public string? Tz { get; set; }

    public bool CanChange => Booking.IsLive && Booking.StartsAt > clock.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(string slug, string token) =>
        await LoadAsync(slug, token) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCalendarAsync(string slug, string token)
    {
        if (!await LoadAsync(slug, token))
        {
            return NotFound();
        }

        var ics = CalendarFiles.Event(Booking.Id, BookingEmails.CallTitle(Practice.Name), Booking.StartsAt, Booking.EndsAt, Booking.Revision, cancelled: Booking.CancelledAt is not null, location: Call.Location);
        return File(Encoding.UTF8.GetBytes(ics), "text/calendar", "call.ics");
    }

    public async Task<IActionResult> OnPostCancelAsync(string slug, string token, Guid? version)
    {
        if (!await LoadAsync(slug, token))
        {
            return NotFound();
        }

        var refusals = new Refusals();
        if (!CanChange)
        {
            refusals.Add("", "This call can no longer be cancelled here. Please contact the practice.");
        }
        else if (!Booking.IsAsShown(version))
        {
            refusals.AddStale("Your call", $"it is booked for {Booking.StartsAt.When(VisitorZone)} ({VisitorZone.Id})");
        }

        if (ModelState.Refuse(refusals))
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await calendar.ReleaseAsync(Booking);
        Booking.CancelledAt = now;
        var @case = await db.Cases.FirstAsync(c => c.Id == Booking.CaseId && c.PracticeId == Practice.Id);
        if (@case.Stage == CaseStage.ConsultationBooked)
        {
            db.CaseStageChanges.Add(@case.MoveAutomatically(CaseStage.Closed, "The visitor cancelled the consultation booking", now));
        }

        await audit.SaveWithAsync(new AuditEntry(AuditCode.ConsultationBooking_Cancelled, Practice.Id, null, null, nameof(ConsultationBooking), Booking.Id.ToString()));
        emails.Cancelled(Practice, Booking, Booking.Prospect!.FirstName, Booking.Prospect.Email);
        return RedirectToPage(new { slug, token, tz = Tz });
    }

    private async Task<bool> LoadAsync(string slug, string token)
    {
        if (await calendar.PracticeAsync(slug) is not { } practice || await calendar.BookingAsync(practice, token) is not { } booking)
        {
            return false;
        }

        Practice = practice;
        Booking = booking;
        VisitorZone = LocalTime.ZoneOr(Tz, practice.Zone);
        Clinician = await db.Users.Where(u => u.Id == booking.ClinicianId).Select(u => u.DisplayName).FirstAsync();
        Call = await calendar.FreeCallAsync(booking.PracticeId, booking.ClinicianId);
        return true;
    }
}
