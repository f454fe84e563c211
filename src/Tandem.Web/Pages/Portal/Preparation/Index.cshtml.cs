using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Preparation;
using Tandem.Core.Sharing;
using Tandem.Data;
using Tandem.Web.Authorization.Material;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Portal.Sharing;
using Tandem.Web.Pages.Preparation;

namespace Tandem.Web.Pages.Portal.Preparation;

/// <summary>
/// A client's intentions and hot spots, each with who may read it and in which case; a couple's shared intentions. Each
/// form posts its own input under its own prefix, so a post validates and shows again only that form.
/// </summary>
public sealed class IndexModel(
    TandemDbContext db, MaterialScope scope, ShareTargets targets, PreparationMaterial material, ClinicalAudit audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<PreparationMaterial.Item> Intentions { get; private set; } = [];
    public IReadOnlyList<PreparationMaterial.Spot> HotSpots { get; private set; } = [];
    public IReadOnlyDictionary<Guid, SharedWith> Mine { get; private set; } = new Dictionary<Guid, SharedWith>();
    public IReadOnlyList<ShareTarget> Open { get; private set; } = [];
    public IReadOnlyList<ShareTarget> CoupleCases => [.. Open.Where(t => t.IsCouple)];
    public Guid Me => scope.Viewer.ClientId!.Value;

    public IntentionInput NewIntention { get; private set; } = new();

    public HotSpotInput NewHotSpot { get; private set; } = new();

    public ShareChoiceView IntentionChoice => new("NewIntention", NewIntention.Visibility, NewIntention.CaseId, Open);
    public ShareChoiceView HotSpotChoice => new("NewHotSpot", NewHotSpot.Visibility, NewHotSpot.CaseId, Open);

    public async Task OnGetAsync()
    {
        await LoadAsync();
        var preset = Open.Count > 0 ? Visibility.MeAndMyClinician : Visibility.OnlyMe;
        (NewIntention.Visibility, NewHotSpot.Visibility) = (preset, preset);
        await audit.RecordReadAsync(AuditCode.Preparation_Viewed, nameof(Intention), Me, Me);
        await audit.RecordPartnerReadsAsync(nameof(Intention), Intentions.Select(i => (i.Id, i.AuthorId)));
        await audit.RecordPartnerReadsAsync(nameof(HotSpot), HotSpots.Select(h => (h.Id, h.AuthorId)));
    }

    public async Task<IActionResult> OnPostIntentionAsync([FromForm(Name = nameof(NewIntention))] IntentionInput newIntention)
    {
        NewIntention = newIntention;
        await LoadAsync();
        if (newIntention.SharedInCaseId is { } couple && CoupleCases.All(c => c.CaseId != couple))
        {
            return NotFound();
        }

        var refusals = new Refusals();
        var choice = newIntention.SharedInCaseId is null ? ShareChoice.Check(refusals, nameof(NewIntention), newIntention.Visibility, newIntention.CaseId, Open) : null;
        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            return Page();
        }

        var intention = new Intention
        {
            PracticeId = scope.Viewer.PracticeId, AuthorClientId = Me, Text = newIntention.Text!.Trim(), SharedInCaseId = newIntention.SharedInCaseId,
        };
        db.Intentions.Add(intention);
        Share(choice?.ShareOf(MaterialKind.Intention, intention.Id, Me, intention.PracticeId, clock.GetUtcNow().UtcDateTime));
        await audit.SaveAndRecordAsync(AuditCode.Intention_Changed, nameof(Intention), intention.Id, Me);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostHotSpotAsync([FromForm(Name = nameof(NewHotSpot))] HotSpotInput newHotSpot)
    {
        NewHotSpot = newHotSpot;
        await LoadAsync();
        var refusals = new Refusals();
        var choice = ShareChoice.Check(refusals, nameof(NewHotSpot), newHotSpot.Visibility, newHotSpot.CaseId, Open);
        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            return Page();
        }

        var spot = new HotSpot
        {
            PracticeId = scope.Viewer.PracticeId, AuthorClientId = Me, Situation = newHotSpot.Situation!.Trim(),
            Feeling = newHotSpot.Feeling!.Trim(), UsualResponse = newHotSpot.UsualResponse!.Trim(),
        };
        db.HotSpots.Add(spot);
        Share(choice?.ShareOf(MaterialKind.HotSpot, spot.Id, Me, spot.PracticeId, clock.GetUtcNow().UtcDateTime));
        await audit.SaveAndRecordAsync(AuditCode.HotSpot_Changed, nameof(HotSpot), spot.Id, Me);
        return RedirectToPage();
    }

    /// <summary>Deleting an intention or hot spot withdraws it from every case it was shared in.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid? version)
    {
        ModelState.Clear();
        var practice = scope.Viewer.PracticeId;
        var intention = await db.Intentions.FirstOrDefaultAsync(i => i.Id == id && i.PracticeId == practice);
        var spot = intention is null ? await db.HotSpots.FirstOrDefaultAsync(h => h.Id == id && h.PracticeId == practice) : null;
        var allowed = intention is not null
            ? (await scope.AllowedAsync(MaterialKind.Intention, [intention], i => i.Id, i => i.AuthorClientId, MaterialOperations<Intention>.Delete, i => i.SharedInCaseId)).Count == 1
            : spot is not null && (await scope.AllowedAsync(MaterialKind.HotSpot, [spot], h => h.Id, h => h.AuthorClientId, MaterialOperations<HotSpot>.Delete)).Count == 1;
        if (!allowed)
        {
            return NotFound();
        }

        var kind = intention is null ? MaterialKind.HotSpot : MaterialKind.Intention;
        var refusals = new Refusals();
        if (!(intention is not null ? intention.IsAsShown(version) : spot!.IsAsShown(version)))
        {
            refusals.AddStale(intention is not null ? $"Your intention “{intention.Text}”" : $"Your hot spot “{spot!.Situation}”", "it is shown below as it is now, and was not deleted");
        }

        if (ModelState.Refuse(refusals))
        {
            await LoadAsync();
            return Page();
        }

        db.Shares.RemoveRange(await db.Shares.Where(s => s.PracticeId == scope.Viewer.PracticeId && s.Kind == kind && s.ItemId == id).ToListAsync());
        if (intention is not null)
        {
            db.Intentions.Remove(intention);
        }
        else
        {
            db.HotSpots.Remove(spot!);
        }

        await audit.SaveAndRecordAsync(intention is null ? AuditCode.HotSpot_Changed : AuditCode.Intention_Changed, kind.ToString(), id, Me);
        return RedirectToPage();
    }

    private void Share(Share? share)
    {
        if (share is not null)
        {
            db.Shares.Add(share);
        }
    }

    private async Task LoadAsync()
    {
        Open = await targets.OpenAsync();
        (var intentions, var spots) = await material.ForClientAsync(Me);
        (Intentions, HotSpots) = (intentions, spots);
        var ownIntentions = intentions.Where(i => i.AuthorId == Me && i.SharedInCaseId is null).Select(i => i.Id).ToList();
        var ownSpots = spots.Where(h => h.AuthorId == Me).Select(h => h.Id).ToList();
        Mine = (await targets.SharedWithAsync(MaterialKind.Intention, ownIntentions))
            .Concat(await targets.SharedWithAsync(MaterialKind.HotSpot, ownSpots))
            .ToDictionary(s => s.Key, s => s.Value);
    }

    public sealed class IntentionInput
    {
        [Required(ErrorMessage = "Write your intention.")]
        [StringLength(Intention.MaxTextLength, ErrorMessage = "Keep an intention under 1000 characters.")]
        public string? Text { get; set; }

        public Visibility? Visibility { get; set; }
        public Guid? CaseId { get; set; }

        /// <summary>Set for a couple's shared intention, which belongs to that case.</summary>
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

        public Visibility? Visibility { get; set; }
        public Guid? CaseId { get; set; }
    }
}
