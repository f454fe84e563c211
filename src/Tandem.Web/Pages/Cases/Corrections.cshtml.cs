using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Corrections;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Portal.Corrections;

namespace Tandem.Web.Pages.Cases;

/// <summary>The case team decides the participants' requests for corrections: accept with the amendment and its reason, or decline with a reason the client reads.</summary>
public sealed class CorrectionsModel(TandemDbContext db, CaseScope scope, CorrectionLog log, ClinicalAudit audit, TimeProvider clock) : PageModel
{
    public sealed class DecisionInput
    {
        public Guid Id { get; set; }
        public Guid? Version { get; set; }

        [Required(ErrorMessage = "Give the reason; the client reads it."), StringLength(CorrectionRequest.MaxTextLength, ErrorMessage = "Keep this under 2000 characters.")]
        public string? Reason { get; set; }

        [StringLength(CorrectionRequest.MaxTextLength, ErrorMessage = "Keep this under 2000 characters.")]
        public string? Amendment { get; set; }
    }

    public Guid CaseId { get; private set; }
    public IReadOnlyList<CorrectionLog.Item> Requests { get; private set; } = [];

    /// <summary>The decision posted and refused, so its message and what was typed show in its own form.</summary>
    public DecisionInput? Refused { get; private set; }

    public bool RefusedDecline { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid caseId)
    {
        if (await scope.AuthorizeAsync(caseId, CaseOperations.ReadClinical) is null)
        {
            return NotFound();
        }

        await LoadAsync(caseId);
        return Page();
    }

    public Task<IActionResult> OnPostAcceptAsync(Guid caseId, DecisionInput input)
    {
        var refusals = new Refusals();
        if (string.IsNullOrWhiteSpace(input.Amendment))
        {
            refusals.Add(nameof(DecisionInput.Amendment), "Say what the record says now.");
        }

        return DecideAsync(caseId, input, refusals, AuditCode.Correction_Accepted,
            (request, by, at) => request.Accept(by, at, input.Reason!.Trim(), input.Amendment!.Trim()));
    }

    public Task<IActionResult> OnPostDeclineAsync(Guid caseId, DecisionInput input) =>
        DecideAsync(caseId, input, new Refusals(), AuditCode.Correction_Declined, (request, by, at) => request.Decline(by, at, input.Reason!.Trim()));

    private async Task<IActionResult> DecideAsync(Guid caseId, DecisionInput input, Refusals refusals, AuditCode code, Action<CorrectionRequest, Guid, DateTime> decide)
    {
        if (await scope.AuthorizeAsync(caseId, CaseOperations.WriteClinical) is null)
        {
            return NotFound();
        }

        var request = await db.CorrectionRequests.FirstOrDefaultAsync(c => c.Id == input.Id && c.CaseId == caseId && c.PracticeId == scope.Viewer.PracticeId);
        if (request is null)
        {
            return NotFound();
        }

        if (request.State != CorrectionState.Requested || !request.IsAsShown(input.Version))
        {
            refusals.AddStale("This request", request.State == CorrectionState.Requested ? "it is still waiting for a decision" : $"it is {request.State.ToString().ToLowerInvariant()} now");
        }

        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            (Refused, RefusedDecline) = (input, code == AuditCode.Correction_Declined);
            await LoadAsync(caseId);
            return Page();
        }

        decide(request, scope.Viewer.UserId, clock.GetUtcNow().UtcDateTime);
        await audit.SaveAndRecordAsync(code, nameof(CorrectionRequest), request.Id, request.ClientId);
        return RedirectToPage(new { caseId });
    }

    private async Task LoadAsync(Guid caseId)
    {
        CaseId = caseId;
        Requests = await log.InCaseAsync(scope.Viewer.PracticeId, caseId);
        await audit.RecordReadsAsync(AuditCode.Correction_ViewedByCaseTeam, Requests.Select(r => (nameof(CorrectionRequest), r.Id, (Guid?)r.ClientId)));
    }
}
