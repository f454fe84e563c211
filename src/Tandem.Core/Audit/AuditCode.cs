namespace Tandem.Core.Audit;

/// <summary>
/// The audit catalogue. Codes are stored and must never be renumbered; each area has its own block of 100.
/// </summary>
public enum AuditCode
{
    Case_Viewed = 1000,
    Case_Opened = 1001,
    Case_StageMoved = 1002,
    CaseNote_Added = 1003,
    CaseTeam_MemberAdded = 1004,
    CaseTeam_MemberRemoved = 1005,

    Client_Viewed = 1100,
    Client_Created = 1101,
    ClientInvitation_Created = 1102,
    ClientInvitation_Accepted = 1103,

    ConsultationBooking_Created = 1200,
    ConsultationBooking_Cancelled = 1201,
    ConsultationBooking_Moved = 1202,
    ConsultationBooking_OutcomeRecorded = 1203,
    ConsultationHours_Changed = 1210,
    FreeCallMethod_Changed = 1211,

    IntakeDraft_Saved = 1300,
    Intake_Submitted = 1301,
    Intake_Viewed = 1302,
    ConsentSignature_Signed = 1310,
    ConsentDocument_Published = 1311,
    PrescriberReview_Viewed = 1320,
    PrescriberReview_Decided = 1321,
    PrescriberReview_Answered = 1322,
    ContraindicationScreen_Changed = 1330,

    Preparation_Viewed = 1500,
    Intention_Changed = 1501,
    HotSpot_Changed = 1502,

    Questionnaire_Viewed = 1600,
    Questionnaire_Answered = 1601,
    SafetyAlert_Raised = 1610,
    SafetyAlert_FollowedUp = 1611,
    ScoreSharing_Changed = 1612,
    SafetyAlert_Viewed = 1613,
    OutcomeReport_Exported = 1620,

    Series_Planned = 1400,
    Series_Viewed = 1401,
    SeriesSession_Changed = 1402,
    Agenda_Viewed = 1403,
    Appointment_Scheduled = 1410,
    Room_Changed = 1411,
    SessionHours_Changed = 1412,

    DosingRecord_Viewed = 1700,
    DosingRecord_Changed = 1701,
    DoseOrder_Written = 1702,
    SafetyOverride_Recorded = 1703,
    DosingSession_Signed = 1704,
    DosingSession_Amended = 1705,

    IntegrationSession_Viewed = 1800,
    IntegrationSession_Changed = 1801,
    IntegrationSession_Signed = 1802,
    HomePractice_Changed = 1810,

    Portal_CaseViewed = 1900,
    JournalEntry_Written = 1910,
    JournalEntry_Deleted = 1911,
    Journal_ViewedByCaseTeam = 1912,
    HomePracticeLog_CheckedIn = 1920,
    HomePracticeLog_ViewedByCaseTeam = 1921,
    RepairSide_Changed = 1930,
    RepairEpisode_Revealed = 1931,
    RepairLog_ViewedByCaseTeam = 1932,
    Share_Changed = 1940,

    // A partner read an item the owner shared with them; the entry names the owner, for the owner's access report.
    SharedMaterial_ReadByPartner = 1941,

    MapSnapshot_Drawn = 1950,
    RippleMap_ViewedByCaseTeam = 1951,

    Protocol_Changed = 2000,
    PracticeTexts_Changed = 2001,
    MeasureReference_Changed = 2002,
    OutcomeSettings_Changed = 2003,
    AppointmentReminders_Changed = 2004,
    Closures_Changed = 2005,

    StaffSignIn_TurnedOff = 2100,
    StaffSignIn_TurnedOn = 2101,
    Password_ResetByEmail = 2102,
    TwoFactor_Enrolled = 2103,
    TwoFactor_ResetByAdmin = 2104,
    RecoveryCode_Used = 2105,
    RecoveryCodes_Replaced = 2106,
    StaffTwoFactor_Required = 2107,
    StaffTwoFactor_NotRequired = 2108,
    StaffInvitation_Sent = 2110,
    StaffInvitation_Accepted = 2111,
    StaffInvitation_Cancelled = 2112,
    StaffRoles_Changed = 2113,

    // Written by the app itself when the stored chain does not carry on from the head recorded outside the database;
    // the entry's id is the sequence of that recorded head, and the gap runs from the entry's own place.
    AuditLogCut_Found = 2200,
    AuditLogRewritten_Found = 2201,
    AuditLogUnannounced_Found = 2202,
    AuditLog_Restored = 2210,

    AccessReport_Produced = 2300,

    RecordExport_Prepared = 2310,
    RecordExport_Downloaded = 2311,
    RecordExport_PreparedForTransfer = 2312,
    RecordExport_DownloadedForTransfer = 2313,

    Correction_Requested = 2400,
    Correction_Accepted = 2401,
    Correction_Declined = 2402,
    Correction_DisagreementAdded = 2403,
    Correction_ViewedByCaseTeam = 2404,

    StockProduct_Added = 2500,
    StorageLocation_Added = 2501,
    RegisterJurisdiction_Changed = 2502,
    StockReceipt_Recorded = 2510,
    StockWaste_Recorded = 2511,
    StockTransfer_Recorded = 2512,
    StockReturn_Recorded = 2513,
    StockDestruction_Recorded = 2514,
    StockLoss_Recorded = 2515,
    RegisterCorrection_Recorded = 2516,

    // The register produced for inspection, on screen, as CSV or as PDF; the entity id is the practice's.
    RegisterInspection_Produced = 2520,
    StockAdministration_Recorded = 2521,

    // A second staff member confirming with their own password (and code) that they saw stock wasted or counted.
    Witness_Confirmed = 2522,
    Witness_Refused = 2523,

    // Counts and who keeps the register (issue 19, items 5 and 9).
    StockCount_Recorded = 2530,
    CountAdjustment_Recorded = 2531,
    RequiredCounts_Changed = 2532,
    RegisterCustodian_Named = 2535,
    RegisterCustodian_Unnamed = 2536,
}
