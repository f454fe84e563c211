using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Corrections;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Infrastructure.Email;

namespace Tandem.Web.Pages.Portal.Corrections;

/// <summary>A client asks for corrections to their record, reads the team's answers and, after a decline, may add a statement of disagreement.</summary>
public sealed class IndexModel(TandemDbContext db, CaseScope scope, CorrectionLog log, ClinicalAudit audit, Mailer mailer, TimeProvider clock) : PageModel
{
    public IReadOnlyList<CorrectionLog.Item> Requests { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Cases { get; private set; } = [];
    public AskInput Ask { get; private set; } = new();

    /// <summary>The request whose statement form was posted and refused, so its message shows beside it alone.</summary>
    public DisagreeInput? Refused { get; private set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        await audit.RecordReadAsync(AuditCode.Portal_CaseViewed, nameof(CorrectionRequest), scope.Viewer.ClientId!.Value, scope.Viewer.ClientId);
    }

    public async Task<IActionResult> OnPostAsync(AskInput ask)
    {
        Ask = ask;
        var me = scope.Viewer.ClientId!.Value;
        var cases = await LoadAsync();
        var caseId = ask.CaseId ?? (cases.Count == 1 ? cases[0].Id : Guid.Empty);
        var refusals = new Refusals();
        if (!cases.Any(c => c.Id == caseId) || await scope.AuthorizeAsync(caseId, CaseOperations.WriteAsParticipant) is null)
        {
            refusals.Add(nameof(AskInput.CaseId), "Choose which of your cases the correction is for.");
        }

        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            return Page();
        }

        var request = new CorrectionRequest
        {
            PracticeId = scope.Viewer.PracticeId, ClientId = me, CaseId = caseId, What = ask.What!.Trim(), Why = ask.Why!.Trim(), RequestedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.CorrectionRequests.Add(request);
        await audit.SaveAndRecordAsync(AuditCode.Correction_Requested, nameof(CorrectionRequest), request.Id, me);
        var team = await db.CaseTeamMembers.Where(t => t.PracticeId == scope.Viewer.PracticeId && t.CaseId == caseId).Join(db.Users, t => t.StaffId, u => u.Id, (t, u) => new { u.DisplayName, u.Email }).ToListAsync();
        foreach (var member in team.Where(m => m.Email is not null))
        {
            mailer.SendAfterCommit(member.DisplayName, member.Email!, "A client asked for a correction to their record",
                "A client asked for a correction to their record. Sign in to Tandem to read it on their case and decide.");
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisagreeAsync(DisagreeInput input)
    {
        var me = scope.Viewer.ClientId!.Value;
        var request = await db.CorrectionRequests.FirstOrDefaultAsync(c => c.Id == input.Id && c.ClientId == me && c.PracticeId == scope.Viewer.PracticeId);
        if (request is null)
        {
            return NotFound();
        }

        var refusals = new Refusals();
        if (!request.MayDisagree || !request.IsAsShown(input.Version))
        {
            refusals.AddStale("This request", request.Disagreement is null ? CorrectionLog.Outcome(request.State).ToLowerInvariant() : "your statement is already kept with it");
        }

        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            Refused = input;
            await LoadAsync();
            return Page();
        }

        request.Disagree(input.Statement!.Trim(), clock.GetUtcNow().UtcDateTime);
        await audit.SaveAndRecordAsync(AuditCode.Correction_DisagreementAdded, nameof(CorrectionRequest), request.Id, me);
        return RedirectToPage();
    }

    private async Task<IReadOnlyList<(Guid Id, string Name)>> LoadAsync()
    {
        Requests = await log.OfClientAsync(scope.Viewer.PracticeId, scope.Viewer.ClientId!.Value);
        var cases = await scope.Cases.AsNoTracking().OrderByDescending(c => c.CreatedAt).Select(c => new { c.Id, c.Name }).ToListAsync();
        return Cases = [.. cases.Select(c => (c.Id, c.Name))];
    }
}
