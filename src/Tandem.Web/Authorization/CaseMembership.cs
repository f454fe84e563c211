using Tandem.Data;

namespace Tandem.Web.Authorization;

/// <summary>
/// The ids of the cases a person belongs to, for <c>.Contains(case.Id)</c>: read from that person's own team places or
/// participations by index, never by testing each case of the practice for a member.
/// </summary>
public static class CaseMembership
{
    public static IQueryable<Guid> CasesOnTeamOf(this TandemDbContext db, Guid practiceId, Guid staffId) =>
        db.CaseTeamMembers.Where(t => t.PracticeId == practiceId && t.StaffId == staffId).Select(t => t.CaseId);

    public static IQueryable<Guid> CasesOfClient(this TandemDbContext db, Guid practiceId, Guid clientId) =>
        db.CaseParticipants.Where(p => p.PracticeId == practiceId && p.ClientId == clientId).Select(p => p.CaseId);
}
