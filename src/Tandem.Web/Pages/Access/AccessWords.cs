using Tandem.Core.Audit;

namespace Tandem.Web.Pages.Access;

/// <summary>What an audit entry about a client's record means to that client, in plain words.</summary>
public static class AccessWords
{
    private static readonly Dictionary<AuditCode, string> Words = new()
    {
        [AuditCode.Case_Viewed] = "opened your case",
        [AuditCode.Case_Opened] = "opened a case for you",
        [AuditCode.Case_StageMoved] = "moved your case to a new stage",
        [AuditCode.CaseNote_Added] = "added a note to your case",
        [AuditCode.CaseTeam_MemberAdded] = "added someone to your care team",
        [AuditCode.CaseTeam_MemberRemoved] = "removed someone from your care team",
        [AuditCode.Client_Viewed] = "read your details",
        [AuditCode.Client_Created] = "created your record",
        [AuditCode.ClientInvitation_Created] = "invited you to the portal",
        [AuditCode.ConsultationBooking_Created] = "booked your free call",
        [AuditCode.ConsultationBooking_Cancelled] = "cancelled your free call",
        [AuditCode.ConsultationBooking_Moved] = "moved your free call",
        [AuditCode.ConsultationBooking_OutcomeRecorded] = "recorded the outcome of your free call",
        [AuditCode.Intake_Viewed] = "read your intake answers",
        [AuditCode.PrescriberReview_Viewed] = "read your medical review",
        [AuditCode.PrescriberReview_Decided] = "decided your medical review",
        [AuditCode.PrescriberReview_Answered] = "read your answer to the prescriber",
        [AuditCode.ContraindicationScreen_Changed] = "changed your medical screening",
        [AuditCode.Preparation_Viewed] = "read your intentions and hot spots",
        [AuditCode.Questionnaire_Viewed] = "read your questionnaire answers",
        [AuditCode.SafetyAlert_Raised] = "raised a safety alert from your answers",
        [AuditCode.SafetyAlert_Viewed] = "saw a safety alert from your answers",
        [AuditCode.SafetyAlert_FollowedUp] = "recorded the follow-up of a safety alert",
        [AuditCode.Series_Planned] = "planned your dosing series",
        [AuditCode.Series_Viewed] = "read your dosing series",
        [AuditCode.SeriesSession_Changed] = "changed a session of your series",
        [AuditCode.Appointment_Scheduled] = "scheduled a session for you",
        [AuditCode.Agenda_Viewed] = "saw your appointment in the practice's agenda",
        [AuditCode.DosingRecord_Viewed] = "read your dosing record",
        [AuditCode.DosingRecord_Changed] = "wrote in your dosing record",
        [AuditCode.DoseOrder_Written] = "wrote your dose order",
        [AuditCode.SafetyOverride_Recorded] = "recorded a safety override in your dosing record",
        [AuditCode.DosingSession_Signed] = "signed your dosing record",
        [AuditCode.DosingSession_Amended] = "amended your dosing record",
        [AuditCode.IntegrationSession_Viewed] = "read your integration session notes",
        [AuditCode.IntegrationSession_Changed] = "wrote your integration session notes",
        [AuditCode.IntegrationSession_Signed] = "signed your integration session notes",
        [AuditCode.HomePractice_Changed] = "changed your practices",
        [AuditCode.Journal_ViewedByCaseTeam] = "read your journal",
        [AuditCode.HomePracticeLog_ViewedByCaseTeam] = "read your practice log",
        [AuditCode.RepairLog_ViewedByCaseTeam] = "read your repair log",
        [AuditCode.AccessReport_Produced] = "produced this report of who has seen your record",
        [AuditCode.RecordExport_PreparedForTransfer] = "exported your full record for a transfer of care",
        [AuditCode.RecordExport_DownloadedForTransfer] = "downloaded your full record, exported for a transfer of care",
        [AuditCode.Correction_Requested] = "asked for a correction to your record",
        [AuditCode.Correction_Accepted] = "accepted your correction and amended your record",
        [AuditCode.Correction_Declined] = "declined your correction, giving the reason",
        [AuditCode.Correction_DisagreementAdded] = "added your statement of disagreement to your record",
        [AuditCode.Correction_ViewedByCaseTeam] = "read your requests for corrections",
    };

    /// <summary>What was read item by item, by the kind of item the entry names.</summary>
    private static readonly Dictionary<string, string> Items = new()
    {
        ["JournalEntry"] = "your journal entry",
        ["Intention"] = "your intention",
        ["HotSpot"] = "your hot spot",
        ["RepairEpisode"] = "your side of a repair episode",
        ["QuestionnaireResponse"] = "your couple-satisfaction line",
    };

    /// <param name="itemDay">The day of the item read, where it has one ("of 3 March 2026").</param>
    public static string Describe(AuditCode code, string entityType, string? itemDay)
    {
        var item = Items.GetValueOrDefault(entityType);
        var words = code switch
        {
            AuditCode.SharedMaterial_ReadByPartner or AuditCode.Journal_ViewedByCaseTeam when item is not null => $"read {item}",
            _ => Words.GetValueOrDefault(code) ?? code.ToString().Replace('_', ' ').ToLowerInvariant(),
        };
        return itemDay is null ? words : $"{words} of {itemDay}";
    }
}
