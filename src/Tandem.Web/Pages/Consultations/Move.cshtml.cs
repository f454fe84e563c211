using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Consultations;
using Tandem.Data;
using Tandem.Data.Audit;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Consultations;

/// <summary>The visitor moves their call to another open time with the same clinician.</summary>
[EnableRateLimiting(PostRateLimits.Booking)]
public sealed class MoveModel(
    TandemDbContext db, ConsultationCalendar calendar, AuditLog audit, BookingEmails emails, TimeProvider clock) : PageModel
{
    public ConsultationCalendar.PublicPractice Practice { get; private set; } = null!;
    public ConsultationBooking Booking { get; private set; } = null!;
    public IReadOnlyList<ConsultationSlot> Slots { get; private set; } = [];
    public TimeZoneInfo VisitorZone { get; private set; } = TimeZoneInfo.Utc;

    [BindProperty(SupportsGet = true)]
    public string? Tz { get; set; }

    [BindProperty]
    public string? Slot { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, string token) =>
        await LoadAsync(slug, token) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, string token, Guid? version)
    {
        if (!await LoadAsync(slug, token))
        {
            return NotFound();
        }

        var refusals = new Refusals();
        var slot = Slots.FirstOrDefault(s => s.Key == Slot);
        if (!Booking.IsAsShown(version))
        {
            refusals.AddStale("Your call", $"it is booked for {Booking.StartsAt.When(VisitorZone)} ({VisitorZone.Id})");
        }
        else if (slot is null)
        {
            refusals.Add(nameof(Slot), await calendar.WhyNotOpenAsync(Practice, Slot));
        }

        if (ModelState.Refuse(refusals) || slot is null)
        {
            return Page();
        }

        await calendar.ReleaseAsync(Booking);
        Booking.StartsAt = slot.StartUtc;
        Booking.EndsAt = slot.EndUtc;
        Booking.Revision++;
        Booking.Reserve();
        try
        {
            await audit.SaveWithAsync(new AuditEntry(AuditCode.ConsultationBooking_Moved, Practice.Id, null, null, nameof(ConsultationBooking), Booking.Id.ToString()));
        }
        catch (DbUpdateException error) when (error.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            ModelState.Refuse([(nameof(Slot), ConsultationCalendar.TakenMessage)]);
            await LoadAsync(slug, token);
            return Page();
        }

        emails.Confirm(Practice, Booking, Booking.Prospect!, await calendar.FreeCallAsync(Booking.PracticeId, Booking.ClinicianId), VisitorZone, token);
        return RedirectToPage("/Consultations/Booking", new { slug, token, tz = Tz });
    }

    private async Task<bool> LoadAsync(string slug, string token)
    {
        if (await calendar.PracticeAsync(slug) is not { } practice
            || await calendar.BookingAsync(practice, token) is not { } booking
            || !booking.IsLive
            || booking.StartsAt <= clock.GetUtcNow().UtcDateTime)
        {
            return false;
        }

        Practice = practice;
        Booking = booking;
        VisitorZone = LocalTime.ZoneOr(Tz, practice.Zone);
        Slots = await calendar.OpenSlotsAsync(practice, booking.ClinicianId);
        return true;
    }
}
