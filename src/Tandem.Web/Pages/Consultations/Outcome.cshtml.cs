using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Consultations;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Account;

namespace Tandem.Web.Pages.Consultations;

/// <summary>After the call, the clinician records its outcome: proceed to intake (clients are created and invited), not a fit, or no-show.</summary>
public sealed class OutcomeModel(
    TandemDbContext db, CaseScope scope, ClinicalAudit audit, PortalInvitations invitations, ProspectClients prospectClients, TimeProvider clock)
    : PageModel
{
    public ConsultationBooking Booking { get; private set; } = null!;
    public string PracticeName { get; private set; } = "";
    public TimeZoneInfo PracticeZone { get; private set; } = TimeZoneInfo.Utc;

    /// <summary>Existing clients of the practice whose email the visitor typed; linked on "proceed" only when ticked.</summary>
    public IReadOnlyList<ProspectClients.ExistingClient> ExistingClients { get; private set; } = [];

    [BindProperty]
    public OutcomeInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        await audit.RecordReadAsync(AuditCode.Case_Viewed, nameof(ConsultationBooking), id, null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (ModelState.Refuse(Check()) || !ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var caseId = await RecordAsync(id);
            return RedirectToPage("/Cases/Details", new { id = caseId });
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.Refuse([("", "Someone else recorded this call's outcome a moment ago. Open the case to see it.")]);
            return Page();
        }
    }

    /// <summary>
    /// The form's own rules (once its fields are well formed), a booking still live and as shown, and each existing client
    /// the visitor's emails name confirmed as the same person before the case proceeds.
    /// </summary>
    private Refusals Check()
    {
        var refusals = new Refusals();
        if (ModelState.IsValid)
        {
            Input.Check(refusals);
        }

        if (!Booking.IsLive)
        {
            refusals.Add("", "This call's outcome is already recorded, or the booking was cancelled.");
        }
        else if (!Booking.IsAsShown(Input.Version))
        {
            refusals.AddStale("This booking", $"the call is {Booking.StartsAt.When(PracticeZone)}");
        }

        if (Input.Outcome == ConsultationOutcome.Proceed)
        {
            foreach (var existing in ExistingClients.Where(e => !Input.LinkClientIds.Contains(e.ClientId)))
            {
                refusals.Add(
                    $"{nameof(Input)}.{nameof(Input.LinkClientIds)}",
                    $"{existing.Email} is the email of {existing.Name}, already a client of the practice. Tick the box if {existing.TypedFor} is that same person; if not, ask the visitor for {existing.TypedFor}'s own email before you proceed.");
            }
        }

        return refusals;
    }

    private async Task<Guid> RecordAsync(Guid id)
    {
        var me = scope.Viewer.UserId;
        var now = clock.GetUtcNow().UtcDateTime;
        var @case = await scope.Cases.FirstAsync(c => c.Id == Booking.CaseId);
        Booking.Outcome = Input.Outcome;
        Booking.OutcomeNote = string.IsNullOrWhiteSpace(Input.Reason) ? null : Input.Reason.Trim();
        Booking.ReferralNote = string.IsNullOrWhiteSpace(Input.ReferralNote) ? null : Input.ReferralNote.Trim();
        Booking.OutcomeAt = now;
        db.CaseStageChanges.Add(@case.MoveByHand(CaseStage.ConsultationHeld, me, "Consultation call held", now));
        db.CaseStageChanges.Add(Input.Outcome switch
        {
            ConsultationOutcome.Proceed => @case.MoveByHand(CaseStage.Intake, me, "Proceed to intake" + Suffix(Booking.OutcomeNote), now),
            ConsultationOutcome.NotAFit => @case.MoveByHand(CaseStage.Closed, me, "Not a fit now: " + Booking.OutcomeNote, now),
            _ => @case.MoveByHand(CaseStage.Closed, me, "No-show" + Suffix(Booking.OutcomeNote), now),
        });
        await audit.SaveAndRecordAsync(AuditCode.ConsultationBooking_OutcomeRecorded, nameof(ConsultationBooking), id, null);

        if (Input.Outcome == ConsultationOutcome.Proceed)
        {
            foreach (var client in await prospectClients.ClientsAsync(Booking.Prospect!, ExistingClients))
            {
                @case.Participants.Add(new CaseParticipant { PracticeId = @case.PracticeId, ClientId = client.Id });
                if (client.UserId is null)
                {
                    await invitations.InviteAsync(client, PracticeName, me);
                }
            }

            await db.SaveChangesAsync();
        }

        return @case.Id;
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var practiceId = scope.Viewer.PracticeId;
        var booking = await db.ConsultationBookings.Include(b => b.Prospect)
            .FirstOrDefaultAsync(b => b.Id == id && b.PracticeId == practiceId);
        if (booking is null || await scope.AuthorizeAsync(booking.CaseId, CaseOperations.WriteClinical) is null)
        {
            return false;
        }

        Booking = booking;
        ExistingClients = booking.IsLive ? await prospectClients.ExistingAsync(booking.Prospect!) : [];
        var practice = await db.Practices.Where(p => p.Id == practiceId).Select(p => new { p.Name, p.TimeZoneId }).FirstAsync();
        PracticeName = practice.Name;
        PracticeZone = TimeZoneInfo.FindSystemTimeZoneById(practice.TimeZoneId);
        return true;
    }

    private static string Suffix(string? note) => note is null ? "" : ": " + note;

    public sealed class OutcomeInput
    {
        [Required(ErrorMessage = "Choose the call's outcome.")]
        public ConsultationOutcome? Outcome { get; set; }

        [StringLength(ConsultationBooking.MaxNoteLength, ErrorMessage = "Keep the reason under 1000 characters.")]
        public string? Reason { get; set; }

        [StringLength(ConsultationBooking.MaxNoteLength, ErrorMessage = "Keep the referral note under 1000 characters.")]
        public string? ReferralNote { get; set; }

        /// <summary>The version of the booking the page showed: the visitor may have moved the call since.</summary>
        public Guid? Version { get; set; }

        /// <summary>The existing clients the clinician confirmed are the people the visitor named.</summary>
        public List<Guid> LinkClientIds { get; set; } = [];

        /// <summary>An outcome listed; "not a fit now" with its reason and referral note, and a referral note with no other outcome.</summary>
        public void Check(Refusals refusals)
        {
            if (Outcome is { } outcome && !Enum.IsDefined(outcome))
            {
                refusals.Add("Input.Outcome", "Choose one of the outcomes listed.");
            }

            if (Outcome == ConsultationOutcome.NotAFit && string.IsNullOrWhiteSpace(Reason))
            {
                refusals.Add("Input.Reason", "Say why it is not a fit now.");
            }

            if (Outcome == ConsultationOutcome.NotAFit && string.IsNullOrWhiteSpace(ReferralNote))
            {
                refusals.Add("Input.ReferralNote", "Write the referral note: who you referred them to, or why you did not.");
            }

            if (Outcome is not null and not ConsultationOutcome.NotAFit && !string.IsNullOrWhiteSpace(ReferralNote))
            {
                refusals.Add("Input.ReferralNote", "A referral note goes with \"not a fit now\" only. Clear it, or choose that outcome.");
            }
        }
    }
}
