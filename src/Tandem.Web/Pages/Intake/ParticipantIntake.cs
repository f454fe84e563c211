using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Intake;
using Tandem.Data;
using Tandem.Web.Authorization;

namespace Tandem.Web.Pages.Intake;

/// <summary>One participant's intake as the case team reads it; nobody else reaches it (a client never does, not even their partner).</summary>
public sealed class ParticipantIntake(TandemDbContext db, CaseScope scope)
{
    public sealed record Header(Guid CaseId, string CaseName, CaseKind Kind, CaseStage Stage, Guid ClientId, string ClientName);

    public async Task<Header?> ForTeamAsync(Guid caseId, Guid clientId)
    {
        var facts = await scope.AuthorizeAsync(caseId, CaseOperations.ReadClinical);
        if (facts is null || !facts.ParticipantClientIds.Contains(clientId))
        {
            return null;
        }

        return await (
                from p in db.CaseParticipants.AsNoTracking()
                where p.PracticeId == scope.Viewer.PracticeId && p.CaseId == caseId && p.ClientId == clientId
                join c in db.Cases on new { p.PracticeId, Id = p.CaseId } equals new { c.PracticeId, c.Id }
                select new Header(caseId, c.Name, c.Kind, c.Stage, clientId, p.Client!.FirstName + " " + p.Client.LastName))
            .FirstAsync();
    }

    public Task<List<IntakeSubmission>> SubmissionsAsync(Guid caseId, Guid clientId) =>
        db.IntakeSubmissions.AsNoTracking()
            .Where(s => s.PracticeId == scope.Viewer.PracticeId && s.CaseId == caseId && s.ClientId == clientId)
            .OrderByDescending(s => s.Number)
            .ToListAsync();
}
