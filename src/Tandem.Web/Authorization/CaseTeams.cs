using Tandem.Data;

namespace Tandem.Web.Authorization;

public static class CaseTeams
{
    /// <summary>
    /// The ids of the cases <paramref name="staffId"/> is on the team of, for <c>.Contains(case.Id)</c>: read from their
    /// own team places by index, never by testing each case of the practice for a team member.
    /// </summary>
    public static IQueryable<Guid> CasesOnTeamOf(this TandemDbContext db, Guid practiceId, Guid staffId) =>
        db.CaseTeamMembers.Where(t => t.PracticeId == practiceId && t.StaffId == staffId).Select(t => t.CaseId);
}
