using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Intake;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Intake;

namespace Tandem.Web.Pages.MedicalReview;

/// <summary>
/// The prescriber's review of one participant's intake: each positive screen item highlighted, medications and history;
/// only a Prescriber decides. Other team members see the outcome.
/// </summary>
public sealed class IndexModel(
    TandemDbContext db, ParticipantIntake intake, CaseScope scope, ClinicalAudit audit, IntakeProgress progress, TimeProvider clock) : PageModel
{
    public const string ConflictMessage = "Another prescriber recorded a decision on this review meanwhile. It is shown below; decide again if needed.";

    public ParticipantIntake.Header Header { get; private set; } = null!;
    public IntakeSubmission? Latest { get; private set; }
    public PrescriberReview? Review { get; private set; }
    public IReadOnlyList<(PrescriberDecision Decision, string By)> History { get; private set; } = [];
    public bool IsPrescriber => scope.Viewer.IsPrescriber;
    public bool StageTakesDecisions => PrescriberReview.CanDecideAt(Header.Stage, ReviewDecision.Cleared);
    public bool CanDecide => IsPrescriber && Latest is not null && StageTakesDecisions;
    public bool CanDecline => PrescriberReview.CanDecideAt(Header.Stage, ReviewDecision.NotCleared);

    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid caseId, Guid clientId)
    {
        if (!await LoadAsync(caseId, clientId))
        {
            return NotFound();
        }

        Input = await FreshInputAsync();
        await audit.RecordReadAsync(AuditCode.PrescriberReview_Viewed, nameof(PrescriberReview), Review?.Id ?? caseId, clientId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid caseId, Guid clientId)
    {
        if (!await LoadAsync(caseId, clientId) || !scope.Viewer.IsPrescriber)
        {
            return NotFound();
        }

        if (ModelState.Refuse(await RefusalsAsync()) || !ModelState.IsValid)
        {
            return Page();
        }

        var review = Review ?? db.PrescriberReviews.Add(new PrescriberReview { PracticeId = scope.Viewer.PracticeId, CaseId = caseId, ClientId = clientId }).Entity;
        if (Review is not null)
        {
            db.Entry(review).Property(r => r.Version).OriginalValue = Input.Version;
        }

        var decision = review.Decide(Input.Decision!.Value, scope.Viewer.UserId, Latest!.Number, Input.ClearedUntil, Input.Text?.Trim(), clock.GetUtcNow().UtcDateTime);
        db.PrescriberDecisions.Add(decision);
        try
        {
            await audit.SaveAndRecordAsync(AuditCode.PrescriberReview_Decided, nameof(PrescriberReview), review.Id, clientId);
        }
        catch (DbUpdateException error) when (error is DbUpdateConcurrencyException || error.IsUniqueViolation())
        {
            ModelState.Refuse([("", ConflictMessage)]);
            db.ChangeTracker.Clear();
            await LoadAsync(caseId, clientId);
            Input = await FreshInputAsync();
            return Page();
        }

        await progress.AdvanceAsync(scope.Viewer.PracticeId, caseId);
        return RedirectToPage("/Cases/Details", new { id = caseId });
    }

    private async Task<Refusals> RefusalsAsync()
    {
        var refusals = new Refusals();
        if (ModelState.IsValid)
        {
            DecisionRefusals(refusals);
        }

        if (Latest is null)
        {
            refusals.Add("", "There is no submitted intake to review yet.");
        }

        if (Input.Decision is { } chosen && Enum.IsDefined(chosen) && !PrescriberReview.CanDecideAt(Header.Stage, chosen))
        {
            // A decision made meanwhile (say, not cleared, which closed the case) explains the refusal better than the stage does.
            refusals.Add("", Review is not null && Review.Version != Input.Version ? ConflictMessage : StageTakesDecisions
                ? $"Not cleared closes the case, which can be done in medical review or preparation. The case is in {StageNames.Of(Header.Stage)}: pause or withdraw it from the case page instead."
                : $"The case is {StageNames.Of(Header.Stage)}: no medical review decision can be recorded on it.");
        }

        if (Input.Decision == ReviewDecision.Cleared && Input.ClearedUntil is { } until && until <= await TodayAsync())
        {
            refusals.Add("Input.ClearedUntil", "A clearance must run until a future date.");
        }

        return refusals;
    }

    /// <summary>What each decision needs beside it, asked once the decision itself is well formed.</summary>
    private void DecisionRefusals(Refusals refusals)
    {
        switch (Input.Decision)
        {
            case ReviewDecision.Cleared when Input.ClearedUntil is null:
                refusals.Add("Input.ClearedUntil", "Give the date the clearance runs until.");
                break;
            case ReviewDecision.NotCleared when string.IsNullOrWhiteSpace(Input.Text):
                refusals.Add("Input.Text", "Give the reason the client is not cleared.");
                break;
            case ReviewDecision.NeedsMoreInformation when string.IsNullOrWhiteSpace(Input.Text):
                refusals.Add("Input.Text", "Write the question for the client.");
                break;
            case ReviewDecision.Pending:
            case { } decision when !Enum.IsDefined(decision):
                refusals.Add("Input.Decision", "Choose one of the decisions listed.");
                break;
        }
    }

    /// <summary>The clinic's date, not the server's: a clearance runs to a date in the practice's time zone.</summary>
    private Task<DateOnly> TodayAsync() => db.PracticeTodayAsync(scope.Viewer.PracticeId, clock);

    private async Task<DecisionInput> FreshInputAsync() =>
        new() { Version = Review?.Version ?? Guid.Empty, ClearedUntil = PrescriberReview.DefaultClearedUntil(await TodayAsync()) };

    private async Task<bool> LoadAsync(Guid caseId, Guid clientId)
    {
        if (await intake.ForTeamAsync(caseId, clientId) is not { } header)
        {
            return false;
        }

        Header = header;
        Latest = (await intake.SubmissionsAsync(caseId, clientId)).FirstOrDefault();
        Review = await db.PrescriberReviews.FirstOrDefaultAsync(r => r.PracticeId == scope.Viewer.PracticeId && r.CaseId == caseId && r.ClientId == clientId);
        var history = await (
                from d in db.PrescriberDecisions.AsNoTracking()
                where d.PracticeId == scope.Viewer.PracticeId && d.CaseId == caseId && d.ClientId == clientId
                join u in db.Users on d.PrescriberId equals u.Id
                orderby d.At descending
                select new { Decision = d, u.DisplayName })
            .ToListAsync();
        History = [.. history.Select(h => (h.Decision, h.DisplayName))];
        return true;
    }

    public sealed class DecisionInput
    {
        [Required(ErrorMessage = "Choose a decision.")]
        public ReviewDecision? Decision { get; set; }

        public DateOnly? ClearedUntil { get; set; }

        [StringLength(PrescriberReview.MaxTextLength, ErrorMessage = "Keep this under 2000 characters.")]
        public string? Text { get; set; }

        public Guid Version { get; set; }
    }
}
