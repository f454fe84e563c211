using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Repair;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Portal.Repair;

namespace Tandem.Web.Pages.Cases;

/// <summary>The couple's repair log as the case team may read it (revealed episodes, sides shared early) and its trends.</summary>
public sealed class RepairModel(TandemDbContext db, CaseScope scope, RepairLog log, ClinicalAudit audit, TimeProvider clock) : PageModel
{
    public Guid CaseId { get; private set; }
    public string CaseName { get; private set; } = "";
    public IReadOnlyList<(DateOnly OccurredOn, DateTime? RevealedAt, IReadOnlyList<RepairLog.Side> Sides)> Episodes { get; private set; } = [];
    public RepairTrends Trends { get; private set; } = null!;
    public int Weeks { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid caseId)
    {
        if (await scope.AuthorizeAsync(caseId, CaseOperations.ReadClinical) is null
            || await db.Cases.AsNoTracking().Where(c => c.PracticeId == scope.Viewer.PracticeId && c.Id == caseId && c.Kind == CaseKind.Couple).Select(c => c.Name).FirstOrDefaultAsync() is not { } name)
        {
            return NotFound();
        }

        (CaseId, CaseName) = (caseId, name);
        Episodes = await log.ForCaseTeamAsync(caseId);
        var today = await db.PracticeTodayAsync(scope.Viewer.PracticeId, clock);
        Weeks = Episodes.Count == 0 ? 1 : Math.Max(1, (int)Math.Ceiling((today.DayNumber - Episodes.Min(e => e.OccurredOn).DayNumber + 1) / 7.0));
        Trends = RepairTrends.Of([.. Episodes.Select(e => (e.OccurredOn, (IReadOnlyList<RepairSide>)[.. e.Sides.Select(s => s.Text)]))], Weeks);
        var partners = await db.CaseParticipants.AsNoTracking().Where(p => p.PracticeId == scope.Viewer.PracticeId && p.CaseId == caseId).Select(p => p.ClientId).ToListAsync();
        await audit.RecordReadsAsync(AuditCode.RepairLog_ViewedByCaseTeam, partners.Select(p => (nameof(RepairEpisode), caseId, (Guid?)p)));
        return Page();
    }
}
