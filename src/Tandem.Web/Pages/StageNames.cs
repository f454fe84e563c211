using Tandem.Core.Cases;

namespace Tandem.Web.Pages;

/// <summary>Stage names as people read them.</summary>
public static class StageNames
{
    public static string Of(CaseStage stage) => stage switch
    {
        CaseStage.ConsultationBooked => "Consultation booked",
        CaseStage.ConsultationHeld => "Consultation held",
        CaseStage.MedicalReview => "Medical review",
        CaseStage.DosingSeries => "Dosing series",
        CaseStage.FollowUp => "Follow-up",
        _ => stage.ToString(),
    };
}
