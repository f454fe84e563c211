using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Tandem.Core;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Consultations;
using Tandem.Data;
using Tandem.Data.Audit;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Consultations;

/// <summary>The practice's public page: a visitor books a free call, for themselves or as a couple.</summary>
[EnableRateLimiting(PostRateLimits.Booking)]
public sealed class BookModel(
    TandemDbContext db, ConsultationCalendar calendar, AuditLog audit, BookingEmails emails, StaffNotices staff, TimeProvider clock) : PageModel
{
    public ConsultationCalendar.PublicPractice Practice { get; private set; } = null!;
    public TimeZoneInfo VisitorZone { get; private set; } = TimeZoneInfo.Utc;
    public IReadOnlyList<ConsultationSlot> Slots { get; private set; } = [];
    public IReadOnlyList<ConsultationSlot> Nearest { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> Clinicians { get; private set; } = new Dictionary<Guid, string>();
    public bool Received { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Tz { get; set; }

    [BindProperty]
    public BookingInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string slug, bool received = false)
    {
        if (!await LoadAsync(slug))
        {
            return NotFound();
        }

        Received = received;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug)
    {
        if (!await LoadAsync(slug))
        {
            return NotFound();
        }

        if (!string.IsNullOrEmpty(Input.Website))
        {
            return RedirectToPage(new { slug, received = true });
        }

        var refusals = new Refusals();
        if (ModelState.IsValid)
        {
            Input.Check(refusals);
        }

        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            return Page();
        }

        var slot = Slots.FirstOrDefault(s => s.Key == Input.Slot);
        if (slot is null)
        {
            return await NotOpenAsync();
        }

        var token = SecretTokens.New();
        var booking = Book(slot, token);
        try
        {
            await audit.SaveWithAsync(new AuditEntry(AuditCode.ConsultationBooking_Created, Practice.Id, null, null, nameof(ConsultationBooking), booking.Id.ToString()));
        }
        catch (DbUpdateException error) when (error.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return await NotOpenAsync();
        }

        emails.Confirm(Practice, booking, booking.Prospect!, await calendar.FreeCallAsync(booking.PracticeId, booking.ClinicianId), VisitorZone, token);
        await staff.BookedAsync(booking);
        return RedirectToPage("/Consultations/Booking", new { slug, token, tz = Tz });
    }

    private ConsultationBooking Book(ConsultationSlot slot, string token)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var prospect = Input.ToProspect(Practice.Id);
        var @case = new Case { PracticeId = Practice.Id, Name = prospect.CaseName, Kind = prospect.Kind };
        @case.Open(CaseStage.ConsultationBooked, null, "Free consultation booked online", now);
        @case.Team.Add(new CaseTeamMember { PracticeId = Practice.Id, StaffId = slot.ClinicianId, IsLead = true, AddedById = slot.ClinicianId });
        var booking = new ConsultationBooking
        {
            PracticeId = Practice.Id,
            ClinicianId = slot.ClinicianId,
            StartsAt = slot.StartUtc,
            EndsAt = slot.EndUtc,
            ProspectId = prospect.Id,
            Prospect = prospect,
            CaseId = @case.Id,
            ManageTokenHash = SecretTokens.Hash(token),
        };
        booking.Reserve();
        db.AddRange(prospect, @case, booking);
        return booking;
    }

    private async Task<IActionResult> NotOpenAsync()
    {
        var why = await calendar.WhyNotOpenAsync(Practice, Input.Slot);
        ModelState.Refuse([("Input.Slot", why)]);
        if (why == ConsultationCalendar.TakenMessage && ConsultationSlot.TryParseKey(Input.Slot, out _, out var wanted))
        {
            Slots = await calendar.OpenSlotsAsync(Practice);
            Nearest = ConsultationSlots.Nearest(Slots, wanted, 3);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(string slug)
    {
        if (await calendar.PracticeAsync(slug) is not { } practice)
        {
            return false;
        }

        Practice = practice;
        VisitorZone = LocalTime.ZoneOr(Tz, practice.Zone);
        Slots = await calendar.OpenSlotsAsync(practice);
        Clinicians = await calendar.ClinicianNamesAsync(practice.Id);
        return true;
    }
}
