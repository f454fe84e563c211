namespace Tandem.Core.Cases;

/// <summary>What a case at a stage waits for, as the dashboard says it.</summary>
public static class CaseWaitingFor
{
    public static string Describe(CaseStage stage) => stage switch
    {
        CaseStage.Inquiry => "A consultation call to be booked",
        CaseStage.ConsultationBooked => "The free consultation call",
        CaseStage.ConsultationHeld => "The call's outcome: proceed, not a fit, or no-show",
        CaseStage.Intake => "Intake forms and signed consent",
        CaseStage.MedicalReview => "A prescriber's medical review",
        CaseStage.Preparation => "Intentions, hot spots and a planned series",
        CaseStage.DosingSeries => "The next dosing session and its integration",
        CaseStage.Completed => "The first follow-up to be scheduled",
        CaseStage.FollowUp => "The next follow-up check-in",
        CaseStage.Paused => "The case team to resume care",
        CaseStage.Closed or CaseStage.Withdrawn => "Nothing: care has ended",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };
}
