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

    Client_Viewed = 1100,
    Client_Created = 1101,
    ClientInvitation_Created = 1102,
    ClientInvitation_Accepted = 1103,

    Portal_CaseViewed = 1900,
}
