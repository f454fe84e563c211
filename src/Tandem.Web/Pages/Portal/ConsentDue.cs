using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Pages.Intake;

namespace Tandem.Web.Pages.Portal;

/// <summary>
/// The client's cases whose current consent version they have not signed, read by the same readiness the dosing
/// hard block uses: a new version must be signed before the next dosing session.
/// </summary>
public sealed class ConsentDue(TandemDbContext db, CaseScope scope, IntakeProgress progress)
{
    private static readonly CaseStage[] AskingStages = [CaseStage.Intake, CaseStage.MedicalReview, CaseStage.Preparation, CaseStage.DosingSeries];

    public sealed record Prompt(Guid CaseId, int Version, bool SignedAnEarlierVersion);

    public async Task<IReadOnlyList<Prompt>> ForAsync(IReadOnlyList<PortalCases.Summary> cases)
    {
        var open = cases.Where(c => AskingStages.Contains(c.Stage)).ToList();
        if (open.Count == 0)
        {
            return [];
        }

        var me = scope.Viewer.ClientId!.Value;
        var current = await progress.CurrentConsentIdsAsync(scope.Viewer.PracticeId);
        var versions = await db.ConsentDocuments.AsNoTracking()
            .Where(d => d.PracticeId == scope.Viewer.PracticeId && current.Values.Contains(d.Id))
            .ToDictionaryAsync(d => d.Kind, d => d.Number);
        var readiness = await progress.ReadinessAsync(scope.Viewer.PracticeId, [.. open.Select(c => c.Id)]);
        var signedKinds = await db.ConsentSignatures.AsNoTracking().Where(s => s.PracticeId == scope.Viewer.PracticeId && s.ClientId == me).Select(s => s.Kind).Distinct().ToListAsync();
        return [.. open
            .Where(c => versions.ContainsKey(c.Kind)
                && readiness.GetValueOrDefault(c.Id)?.FirstOrDefault(p => p.ClientId == me) is { SignedCurrentConsent: false })
            .Select(c => new Prompt(c.Id, versions[c.Kind], signedKinds.Contains(c.Kind)))];
    }
}
