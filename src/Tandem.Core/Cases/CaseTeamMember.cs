namespace Tandem.Core.Cases;

/// <summary>A clinician on a case's team; one member is the lead, set at booking.</summary>
public sealed class CaseTeamMember : PracticeRecord
{
    public Guid CaseId { get; set; }
    public Guid StaffId { get; set; }
    public bool IsLead { get; set; }
    public Guid AddedById { get; set; }
}
