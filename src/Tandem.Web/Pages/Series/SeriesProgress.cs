using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Treatment;
using Tandem.Data;
using Tandem.Data.Audit;

namespace Tandem.Web.Pages.Series;

/// <summary>DOMAIN.md's automatic move DosingSeries → Completed: every planned dosing session and integration of the current series is signed.</summary>
public sealed class SeriesProgress(TandemDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task CompleteIfDoneAsync(Guid practiceId, Guid caseId)
    {
        var @case = await db.Cases.FirstAsync(c => c.Id == caseId && c.PracticeId == practiceId);
        if (@case.Stage != CaseStage.DosingSeries)
        {
            return;
        }

        var current = await db.Series.NewestFirst(practiceId, caseId).Select(s => s.Id).FirstOrDefaultAsync();
        var planned = db.SeriesSessions.Where(s => s.PracticeId == practiceId && s.SeriesId == current && !s.Cancelled);
        var open = await planned.AnyAsync(s =>
            SessionKinds.Dosing.Contains(s.Kind)
                ? !db.DosingSessions.Any(d => d.PracticeId == s.PracticeId && d.SeriesSessionId == s.Id && d.SignedAt != null)
                : !db.IntegrationSessions.Any(i => i.PracticeId == s.PracticeId && i.SeriesSessionId == s.Id && i.SignedAt != null));
        if (open || !await planned.AnyAsync())
        {
            return;
        }

        db.CaseStageChanges.Add(@case.MoveAutomatically(CaseStage.Completed, "Every planned dosing session and integration is signed", clock.GetUtcNow().UtcDateTime));
        await audit.SaveWithAsync(new AuditEntry(AuditCode.Case_StageMoved, practiceId, null, null, nameof(Case), caseId.ToString()));
    }
}
