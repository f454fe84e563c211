using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Intake;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Intake;
using Tandem.Web.Pages.Measures;

namespace Tandem.Web.Pages.Portal.Intake;

/// <summary>A client's own intake for a case: save a draft, come back, submit when complete; answer the prescriber.</summary>
public sealed class IndexModel(
    TandemDbContext db, CaseScope scope, ClinicalAudit audit, IntakeProgress progress, MeasurementPlan measures, TimeProvider clock) : PageModel
{
    public const string ConflictMessage = "This form was saved in another window meanwhile. Your page now shows what was saved; make your changes again.";

    private static readonly CaseStage[] OpenStages = [CaseStage.Intake, CaseStage.MedicalReview, CaseStage.Preparation];

    public CaseKind Kind { get; private set; }
    public CaseStage Stage { get; private set; }
    public IReadOnlyList<ContraindicationItem> Items { get; private set; } = [];
    public IntakeForm? Form { get; private set; }
    public PrescriberReview? Review { get; private set; }
    public bool CanEdit => OpenStages.Contains(Stage);

    [BindProperty]
    public IntakeInput Input { get; set; } = new();

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    [StringLength(PrescriberReview.MaxTextLength, ErrorMessage = "Keep your answer under 2000 characters.")]
    public string? Reply { get; set; }

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid caseId)
    {
        if (!await LoadAsync(caseId))
        {
            return NotFound();
        }

        Input = IntakeInput.From(IntakeAnswers.FromJson(Form?.DraftJson), Items);
        Version = Form?.Version ?? Guid.Empty;
        await audit.RecordReadAsync(AuditCode.Intake_Viewed, nameof(IntakeForm), Form?.Id ?? caseId, scope.Viewer.ClientId);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(Guid caseId) => WriteAsync(caseId, submit: false);

    public Task<IActionResult> OnPostSubmitAsync(Guid caseId) => WriteAsync(caseId, submit: true);

    /// <param name="reviewVersion">The version of the review whose question the page showed.</param>
    public async Task<IActionResult> OnPostReplyAsync(Guid caseId, Guid? reviewVersion)
    {
        if (!await LoadAsync(caseId, toWrite: true) || Review is not { } review || (review.IsAsShown(reviewVersion) && review.Decision != ReviewDecision.NeedsMoreInformation))
        {
            return NotFound();
        }

        ModelState.Clear();
        var refusals = new Refusals();
        if (!review.IsAsShown(reviewVersion))
        {
            refusals.AddStale("The prescriber's question", review.Decision == ReviewDecision.NeedsMoreInformation
                ? $"it now reads “{review.Question}”" : "it was answered from another window, or the prescriber has moved on");
        }
        else if (string.IsNullOrWhiteSpace(Reply) || Reply.Length > PrescriberReview.MaxTextLength)
        {
            refusals.Add(nameof(Reply), "Write your answer (under 2000 characters).");
        }

        if (ModelState.Refuse(refusals))
        {
            Input = IntakeInput.From(IntakeAnswers.FromJson(Form?.DraftJson), Items);
            return Page();
        }

        review.Answer(Reply!.Trim());
        await audit.SaveAndRecordAsync(AuditCode.PrescriberReview_Answered, nameof(PrescriberReview), review.Id, review.ClientId);
        Saved = "Your answer was sent to the prescriber.";
        return RedirectToPage(new { caseId });
    }

    private async Task<IActionResult> WriteAsync(Guid caseId, bool submit)
    {
        if (!await LoadAsync(caseId, toWrite: true))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            ModelState.Refuse([("", "Intake for this case is closed.")]);
            return Page();
        }

        ModelState.Remove(nameof(Reply));
        var answers = Input.ToAnswers(Items, Kind == CaseKind.Couple);
        var today = await db.PracticeTodayAsync(scope.Viewer.PracticeId, clock);
        var refusals = new Refusals();
        if (submit && ModelState.IsValid)
        {
            refusals.AddRange(IntakeRules.ProblemsForSubmit(answers, Kind == CaseKind.Couple, [.. Items.Select(i => i.Id)], today)
                .Select(problem => (FieldFor(problem.Field), problem.Message)));
        }

        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            return Page();
        }

        var clientId = scope.Viewer.ClientId!.Value;
        var form = Form ?? db.IntakeForms.Add(new IntakeForm { PracticeId = scope.Viewer.PracticeId, CaseId = caseId, ClientId = clientId, DraftJson = "" }).Entity;
        if (Form is not null)
        {
            db.Entry(form).Property(f => f.Version).OriginalValue = Version;
        }

        try
        {
            if (submit)
            {
                db.IntakeSubmissions.Add(form.Submit(answers, clock.GetUtcNow().UtcDateTime));
                if (form.SubmittedVersion == 1)
                {
                    measures.AssignBaseline(scope.Viewer.PracticeId, caseId, clientId, Kind, today);
                }

                await audit.SaveAndRecordAsync(AuditCode.Intake_Submitted, nameof(IntakeForm), form.Id, clientId);
                await progress.AdvanceAsync(scope.Viewer.PracticeId, caseId);
            }
            else
            {
                form.DraftJson = answers.ToJson();
                await audit.SaveAndRecordAsync(AuditCode.IntakeDraft_Saved, nameof(IntakeForm), form.Id, clientId);
            }
        }
        catch (DbUpdateException error) when (error is DbUpdateConcurrencyException || error.IsUniqueViolation())
        {
            ModelState.Refuse([("", ConflictMessage)]);
            db.ChangeTracker.Clear();
            await LoadAsync(caseId);
            Input = IntakeInput.From(IntakeAnswers.FromJson(Form?.DraftJson), Items);
            Version = Form?.Version ?? Guid.Empty;
            return Page();
        }

        Saved = submit
            ? "Thank you: your intake is submitted. A prescriber will review it."
            : "Your answers are saved. Come back any time to finish.";
        return RedirectToPage(new { caseId });
    }

    private string FieldFor(string field)
    {
        if (field.StartsWith("Screen[", StringComparison.Ordinal))
        {
            var id = Guid.Parse(field[7..^1]);
            var index = Items.ToList().FindIndex(i => i.Id == id);
            return $"Input.Screen[{index}].Yes";
        }

        return "Input." + field;
    }

    private async Task<bool> LoadAsync(Guid caseId, bool toWrite = false)
    {
        if (await scope.AuthorizeAsync(caseId, toWrite ? CaseOperations.WriteAsParticipant : CaseOperations.ReadAsParticipant) is null)
        {
            return false;
        }

        var clientId = scope.Viewer.ClientId!.Value;
        var header = await db.Cases.AsNoTracking().Where(c => c.PracticeId == scope.Viewer.PracticeId && c.Id == caseId).Select(c => new { c.Kind, c.Stage }).FirstAsync();
        (Kind, Stage) = (header.Kind, header.Stage);
        Items = await db.ContraindicationItems.AsNoTracking()
            .Where(i => i.PracticeId == scope.Viewer.PracticeId && i.IsActive)
            .OrderBy(i => i.SortOrder)
            .ToListAsync();
        Form = await db.IntakeForms.FirstOrDefaultAsync(f => f.PracticeId == scope.Viewer.PracticeId && f.CaseId == caseId && f.ClientId == clientId);
        Review = await db.PrescriberReviews.FirstOrDefaultAsync(r => r.PracticeId == scope.Viewer.PracticeId && r.CaseId == caseId && r.ClientId == clientId);
        return true;
    }
}
