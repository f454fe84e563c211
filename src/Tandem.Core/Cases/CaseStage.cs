namespace Tandem.Core.Cases;

/// <summary>The stages of a case's journey, in DOMAIN.md's order. Values are stored: never renumber.</summary>
public enum CaseStage
{
    Inquiry = 1,
    ConsultationBooked = 2,
    ConsultationHeld = 3,
    Intake = 4,
    MedicalReview = 5,
    Preparation = 6,
    DosingSeries = 7,
    Completed = 8,
    FollowUp = 9,
    Closed = 10,
    Paused = 11,
    Withdrawn = 12,
}
