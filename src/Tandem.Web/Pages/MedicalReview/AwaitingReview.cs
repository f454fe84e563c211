using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Data;
using Tandem.Web.Authorization;

namespace Tandem.Web.Pages.MedicalReview;

/// <summary>
/// The cases waiting for a medical review, longest waiting first: name and stage only, as every clinician of the
/// practice may see them, and whether I am on the team already (then I review; otherwise I may take the review).
/// </summary>
public sealed class AwaitingReview(TandemDbContext db, CaseScope scope)
{
    public sealed record Waiting(Guid CaseId, string Name, DateTime Since, bool OnMyTeam);

    public IQueryable<Case> Cases => scope.Cases.AsNoTracking().Where(c => c.Stage == CaseStage.MedicalReview);

    public async Task<IReadOnlyList<Waiting>> PageAsync(int skip, int take)
    {
        var me = scope.Viewer.UserId;
        var rows = await Cases
            .Select(c => new
            {
                c.Id,
                c.Name,
                Since = db.CaseStageChanges.Where(s => s.PracticeId == scope.Viewer.PracticeId && s.CaseId == c.Id && s.To == CaseStage.MedicalReview).Max(s => (DateTime?)s.At) ?? c.UpdatedAt,
                Mine = c.Team.Any(t => t.StaffId == me),
            })
            .OrderBy(c => c.Since).ThenBy(c => c.Id)
            .Skip(skip).Take(take)
            .ToListAsync();
        return [.. rows.Select(r => new Waiting(r.Id, r.Name, r.Since, r.Mine))];
    }
}
