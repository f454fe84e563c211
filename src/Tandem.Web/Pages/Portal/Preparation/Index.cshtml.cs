using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Preparation;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Preparation;

namespace Tandem.Web.Pages.Portal.Preparation;

/// <summary>A client's intentions and hot spots, each with who may read it; a couple's shared intentions.</summary>
public sealed class IndexModel(TandemDbContext db, CaseScope scope, PreparationMaterial material, ClinicalAudit audit) : PageModel
{
    public IReadOnlyList<PreparationMaterial.Item> Intentions { get; private set; } = [];
    public IReadOnlyList<PreparationMaterial.Spot> HotSpots { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> CoupleCases { get; private set; } = [];
    public Guid Me => scope.Viewer.ClientId!.Value;

    [BindProperty]
    public IntentionInput NewIntention { get; set; } = new();

    [BindProperty]
    public HotSpotInput NewHotSpot { get; set; } = new();

    public async Task OnGetAsync()
    {
        await LoadAsync();
        await audit.RecordAsync(AuditCode.Preparation_Viewed, nameof(Intention), Me, Me);
    }

    public async Task<IActionResult> OnPostIntentionAsync()
    {
        await LoadAsync();
        ModelState.KeepOnly(nameof(NewIntention));
        CheckVisibility("NewIntention.Visibility", NewIntention.Visibility);
        if (NewIntention.SharedInCaseId is { } shared && !CoupleCases.Any(c => c.Id == shared))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var intention = new Intention
        {
            PracticeId = scope.Viewer.PracticeId, AuthorClientId = Me, Text = NewIntention.Text!.Trim(),
            SharedInCaseId = NewIntention.SharedInCaseId,
            Visibility = NewIntention.SharedInCaseId is null ? NewIntention.Visibility!.Value : Visibility.MyPartnerAndMyClinician,
        };
        db.Intentions.Add(intention);
        await audit.RecordAsync(AuditCode.Intention_Changed, nameof(Intention), intention.Id, Me);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostHotSpotAsync()
    {
        await LoadAsync();
        ModelState.KeepOnly(nameof(NewHotSpot));
        CheckVisibility("NewHotSpot.Visibility", NewHotSpot.Visibility);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var spot = new HotSpot
        {
            PracticeId = scope.Viewer.PracticeId, AuthorClientId = Me, Situation = NewHotSpot.Situation!.Trim(),
            Feeling = NewHotSpot.Feeling!.Trim(), UsualResponse = NewHotSpot.UsualResponse!.Trim(), Visibility = NewHotSpot.Visibility!.Value,
        };
        db.HotSpots.Add(spot);
        await audit.RecordAsync(AuditCode.HotSpot_Changed, nameof(HotSpot), spot.Id, Me);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostVisibilityAsync(Guid id, Visibility visibility)
    {
        await LoadAsync();
        ModelState.Clear();
        CheckVisibility("", visibility);
        var intention = await db.Intentions.FirstOrDefaultAsync(i => i.Id == id && i.AuthorClientId == Me && i.SharedInCaseId == null);
        var spot = intention is null ? await db.HotSpots.FirstOrDefaultAsync(h => h.Id == id && h.AuthorClientId == Me) : null;
        if (intention is null && spot is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (intention is not null)
        {
            intention.Visibility = visibility;
        }
        else
        {
            spot!.Visibility = visibility;
        }

        await audit.RecordAsync(intention is null ? AuditCode.HotSpot_Changed : AuditCode.Intention_Changed, intention is null ? nameof(HotSpot) : nameof(Intention), id, Me);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        ModelState.Clear();
        var intention = await db.Intentions.FirstOrDefaultAsync(i => i.Id == id && i.AuthorClientId == Me);
        var spot = intention is null ? await db.HotSpots.FirstOrDefaultAsync(h => h.Id == id && h.AuthorClientId == Me) : null;
        if (intention is not null)
        {
            db.Intentions.Remove(intention);
        }
        else if (spot is not null)
        {
            db.HotSpots.Remove(spot);
        }
        else
        {
            return NotFound();
        }

        await audit.RecordAsync(intention is null ? AuditCode.HotSpot_Changed : AuditCode.Intention_Changed, intention is null ? nameof(HotSpot) : nameof(Intention), id, Me);
        return RedirectToPage();
    }

    private void CheckVisibility(string field, Visibility? visibility)
    {
        if (visibility is { } v && (!Enum.IsDefined(v) || (v == Visibility.MyPartnerAndMyClinician && CoupleCases.Count == 0)))
        {
            ModelState.AddModelError(field, "Choose who may read this from the list.");
        }
    }


    private async Task LoadAsync()
    {
        var cases = await scope.Cases.AsNoTracking()
            .Select(c => new { c.Id, c.Name, c.Kind, c.Stage })
            .ToListAsync();
        CoupleCases = [.. cases.Where(c => c.Kind == CaseKind.Couple && c.Stage is not (CaseStage.Closed or CaseStage.Withdrawn)).Select(c => (c.Id, c.Name))];
        (var intentions, var spots) = await material.ForClientAsync(Me, [.. CoupleCases.Select(c => c.Id)]);
        (Intentions, HotSpots) = (intentions, spots);
    }

    public sealed class IntentionInput
    {
        [Required(ErrorMessage = "Write your intention.")]
        [StringLength(Intention.MaxTextLength, ErrorMessage = "Keep an intention under 1000 characters.")]
        public string? Text { get; set; }

        [Required(ErrorMessage = "Choose who may read this.")]
        public Visibility? Visibility { get; set; } = Core.Preparation.Visibility.MeAndMyClinician;

        public Guid? SharedInCaseId { get; set; }
    }

    public sealed class HotSpotInput
    {
        [Required(ErrorMessage = "Describe the situation.")]
        [StringLength(HotSpot.MaxTextLength, ErrorMessage = "Keep this under 1000 characters.")]
        public string? Situation { get; set; }

        [Required(ErrorMessage = "Say what you feel.")]
        [StringLength(HotSpot.MaxTextLength, ErrorMessage = "Keep this under 1000 characters.")]
        public string? Feeling { get; set; }

        [Required(ErrorMessage = "Say what you usually do.")]
        [StringLength(HotSpot.MaxTextLength, ErrorMessage = "Keep this under 1000 characters.")]
        public string? UsualResponse { get; set; }

        [Required(ErrorMessage = "Choose who may read this.")]
        public Visibility? Visibility { get; set; } = Core.Preparation.Visibility.MeAndMyClinician;
    }
}
