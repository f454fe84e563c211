using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Series;

namespace Tandem.Web.Pages.Cases;

/// <summary>The case team moves a case to another stage, with a reason; a move made meanwhile by someone else is caught.</summary>
public sealed class MoveModel(TandemDbContext db, CaseScope scope, CaseFile file, ClinicalAudit audit, TimeProvider clock) : PageModel
{
    public const string ConflictMessage =
        "Someone else changed this case while you were moving it. Its current stage is shown below; choose again.";

    public CaseFile.Header Case { get; private set; } = null!;
    public IReadOnlyList<CaseStage> Choices { get; private set; } = [];

    [BindProperty]
    public MoveInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await scope.AuthorizeAsync(id, CaseOperations.WriteClinical) is null)
        {
            return NotFound();
        }

        await LoadAsync(id);
        Input.Version = Case.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await scope.AuthorizeAsync(id, CaseOperations.WriteClinical) is null)
        {
            return NotFound();
        }

        var @case = await scope.Cases.FirstAsync(c => c.Id == id);
        var choices = CaseJourney.ManualMovesFrom(@case.Stage, @case.PausedFrom);
        var refusals = new Refusals();
        if (Input.To is not { } to || !choices.Contains(to))
        {
            refusals.Add("Input.To", "Choose one of the stages listed.");
        }

        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            await LoadAsync(id);
            return Page();
        }

        db.Entry(@case).Property(c => c.Version).OriginalValue = Input.Version;
        var change = @case.MoveByHand(Input.To!.Value, scope.Viewer.UserId, Input.Reason, clock.GetUtcNow().UtcDateTime);
        db.CaseStageChanges.Add(change);
        if (change.To == CaseStage.DosingSeries)
        {
            await db.MarkStartedAsync(@case.PracticeId, id, change.At);
        }

        try
        {
            await audit.SaveAndRecordAsync(AuditCode.Case_StageMoved, nameof(Case), id, null);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.Refuse([("", ConflictMessage)]);
            await LoadAsync(id);
            Input.Version = Case.Version;
            return Page();
        }

        return RedirectToPage("/Cases/Details", new { id });
    }

    private async Task LoadAsync(Guid id)
    {
        Case = await file.HeaderAsync(id);
        Choices = CaseJourney.ManualMovesFrom(Case.Stage, Case.PausedFrom);
    }

    public sealed class MoveInput
    {
        [Required(ErrorMessage = "Choose the stage to move the case to.")]
        public CaseStage? To { get; set; }

        [Required(ErrorMessage = "Say why the case moves; it is kept in the case's history.")]
        [StringLength(Core.Cases.Case.MaxReasonLength, ErrorMessage = "Keep the reason under 500 characters.")]
        public string Reason { get; set; } = "";

        public Guid Version { get; set; }
    }
}
