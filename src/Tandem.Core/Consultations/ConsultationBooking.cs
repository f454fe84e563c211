using Tandem.Core.Scheduling;

namespace Tandem.Core.Consultations;

public enum ConsultationOutcome
{
    Proceed = 1,
    NotAFit = 2,
    NoShow = 3,
}

/// <summary>A free consultation call. The database refuses two live bookings of one clinician's slot.</summary>
public sealed class ConsultationBooking : PracticeRecord
{
    public const int MaxNoteLength = 1000;

    public Guid ClinicianId { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public Guid ProspectId { get; set; }
    public Prospect? Prospect { get; set; }
    public Guid CaseId { get; set; }

    /// <summary>SHA-256 of the private manage link's token; the token itself is only in the link.</summary>
    public required string ManageTokenHash { get; set; }

    /// <summary>Counts moves, so calendar programs take a moved call's file as an update (iCalendar SEQUENCE).</summary>
    public int Revision { get; set; }

    public DateTime? CancelledAt { get; set; }
    public ConsultationOutcome? Outcome { get; set; }
    public DateTime? OutcomeAt { get; set; }

    /// <summary>The reason for "not a fit now" (also written in the case's stage history); an optional note for the other outcomes.</summary>
    public string? OutcomeNote { get; set; }

    /// <summary>For "not a fit now": where the clinician referred them. Kept with the call and shown on the case page.</summary>
    public string? ReferralNote { get; set; }

    public bool IsLive => CancelledAt is null && Outcome is null;

    /// <summary>The clinician's time the call holds, so no series session can be booked over it (nor it over one).</summary>
    public List<ReservedBlock> Blocks { get; } = [];

    /// <summary>Holds the clinician's time for the call as it is now; the caller has released any blocks it held before.</summary>
    public void Reserve()
    {
        foreach (var start in ReservedBlock.Covering(StartsAt, EndsAt))
        {
            Blocks.Add(new ReservedBlock { PracticeId = PracticeId, ConsultationBookingId = Id, Resource = ReservedBlock.Clinician(ClinicianId), StartsAt = start });
        }
    }
}
