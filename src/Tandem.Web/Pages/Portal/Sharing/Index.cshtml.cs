using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Journal;
using Tandem.Core.Preparation;
using Tandem.Core.RippleMap;
using Tandem.Core.Sharing;
using Tandem.Data;
using Tandem.Web.Authorization.Material;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Portal.Sharing;

/// <summary>
/// Who reads one of my journal entries, intentions, hot spots or relationship maps: its share in each case, which I may change or stop,
/// and sharing it into another open case of mine. Only the item's author reaches this page.
/// </summary>
public sealed class IndexModel(TandemDbContext db, MaterialScope scope, ShareTargets targets, ClinicalAudit audit, TimeProvider clock) : PageModel
{
    public MaterialKind Kind { get; private set; }
    public Guid ItemId { get; private set; }
    public string Summary { get; private set; } = "";
    public IReadOnlyList<(Share Share, ShareTarget? Target)> Shares { get; private set; } = [];
    public IReadOnlyList<ShareTarget> Open { get; private set; } = [];

    [BindProperty]
    public ShareInput Input { get; set; } = new();

    public ShareChoiceView Choice => new("Input", Input.Visibility, Input.CaseId, Open, OfferOnlyMe: false);

    /// <summary>The version of who reads the item, all its shares at once: what the form changing them posts back.</summary>
    public Guid SharesVersion => StaleEdits.VersionOf(Shares.Select(s => s.Share));

    public string BackUrl => Kind switch
    {
        MaterialKind.JournalEntry => "/Portal/Journal",
        MaterialKind.MapSnapshot => "/Portal/RippleMap",
        _ => "/Portal/Preparation",
    };

    public async Task<IActionResult> OnGetAsync(MaterialKind kind, Guid id)
    {
        if (!await LoadAsync(kind, id))
        {
            return NotFound();
        }

        if (Open.Count == 1 && Shares.FirstOrDefault(s => s.Share.CaseId == Open[0].CaseId) is { Share: { } current })
        {
            Input.Visibility = current.Audience;
        }

        await audit.RecordReadAsync(AuditCode.Portal_CaseViewed, kind.ToString(), id, scope.Viewer.ClientId);
        return Page();
    }

    /// <summary>Shares the item in the chosen case with the chosen audience, or changes who reads it there.</summary>
    public async Task<IActionResult> OnPostAsync(MaterialKind kind, Guid id)
    {
        if (!await LoadAsync(kind, id))
        {
            return NotFound();
        }

        var refusals = new Refusals();
        var stale = Input.SharesVersion != SharesVersion;
        if (stale)
        {
            refusals.AddStale("Who reads this", NowReadBy());
        }

        var choice = stale ? null : ShareChoice.Check(refusals, "Input", Input.Visibility, Input.CaseId, Open);

        if (ModelState.Refuse(refusals) || !ModelState.IsValid || choice?.Target is not { } target)
        {
            return Page();
        }

        var share = await db.Shares.FirstOrDefaultAsync(s => s.PracticeId == scope.Viewer.PracticeId && s.Kind == kind && s.ItemId == id && s.CaseId == target.CaseId);
        if (share is null)
        {
            share = choice.ShareOf(kind, id, scope.Viewer.ClientId!.Value, scope.Viewer.PracticeId, clock.GetUtcNow().UtcDateTime)!;
            db.Shares.Add(share);
        }

        share.Audience = choice.Audience;
        return await SaveAsync(share);
    }

    /// <summary>Stops sharing the item in one case: from the next read on, that case's team and partner no longer see it.</summary>
    public async Task<IActionResult> OnPostStopAsync(MaterialKind kind, Guid id, Guid shareId, Guid? version)
    {
        if (!await LoadAsync(kind, id) || await db.Shares.FirstOrDefaultAsync(s => s.PracticeId == scope.Viewer.PracticeId && s.Id == shareId && s.Kind == kind && s.ItemId == id) is not { } share)
        {
            return NotFound();
        }

        ModelState.Clear();
        var refusals = new Refusals();
        if (!share.IsAsShown(version))
        {
            refusals.AddStale("Who reads this", NowReadBy());
        }

        if (ModelState.Refuse(refusals))
        {
            return Page();
        }

        db.Shares.Remove(share);
        return await SaveAsync(share);
    }

    private async Task<IActionResult> SaveAsync(Share share)
    {
        try
        {
            await audit.SaveAndRecordAsync(AuditCode.Share_Changed, nameof(Share), share.Id, share.OwnerClientId);
        }
        catch (DbUpdateException error) when (error is DbUpdateConcurrencyException || error.IsUniqueViolation())
        {
            ModelState.Refuse([("", "Who reads this was just changed in another window. Here it is as it is now; choose again.")]);
            db.ChangeTracker.Clear();
            await LoadAsync(Kind, ItemId);
            return Page();
        }

        return RedirectToPage(new { kind = Kind, id = ItemId });
    }

    private string NowReadBy() => Shares.Count == 0
        ? "only you read it"
        : string.Join("; ", Shares.Select(s => $"{ShareChoice.Describe(s.Share.Audience).ToLowerInvariant()}, in {s.Target?.Name ?? "an earlier care"}"));

    private async Task<bool> LoadAsync(MaterialKind kind, Guid id)
    {
        var practice = scope.Viewer.PracticeId;
        var item = kind switch
        {
            MaterialKind.JournalEntry => await db.JournalEntries.AsNoTracking().Where(j => j.Id == id && j.PracticeId == practice)
                .Select(j => new Item(j.AuthorClientId, j.Title ?? j.Body)).FirstOrDefaultAsync(),
            MaterialKind.Intention => await db.Intentions.AsNoTracking().Where(i => i.Id == id && i.PracticeId == practice && i.SharedInCaseId == null)
                .Select(i => new Item(i.AuthorClientId, i.Text)).FirstOrDefaultAsync(),
            MaterialKind.MapSnapshot => await MapAsync(id),
            MaterialKind.HotSpot => await db.HotSpots.AsNoTracking().Where(h => h.Id == id && h.PracticeId == practice)
                .Select(h => new Item(h.AuthorClientId, h.Situation)).FirstOrDefaultAsync(),
            _ => null,
        };
        if (item is null || !await MayShareAsync(kind, id, item.Owner))
        {
            return false;
        }

        var mine = await targets.MineAsync();
        (Kind, ItemId, Summary, Open) = (kind, id, item.Text.Length > 160 ? item.Text[..160] + "…" : item.Text, [.. mine.Where(t => t.IsOpen)]);
        var shares = (await scope.SharesOfAsync(kind, [id]))[id];
        Shares = [.. shares.Select(s => (s.Share, mine.FirstOrDefault(t => t.CaseId == s.Share.CaseId)))];
        return true;
    }

    /// <summary>A map is named by its date and its people, so the client knows which of their maps this is.</summary>
    private async Task<Item?> MapAsync(Guid id)
    {
        var practice = scope.Viewer.PracticeId;
        var map = await db.MapSnapshots.AsNoTracking().Where(m => m.Id == id && m.PracticeId == practice)
            .Select(m => new { m.ClientId, m.DrawnAt, Labels = m.People.Select(p => p.Label).ToList() }).FirstOrDefaultAsync();
        return map is null ? null : new Item(map.ClientId, $"My relationship map of {map.DrawnAt:d MMMM yyyy}: {string.Join(", ", map.Labels.Order(StringComparer.Ordinal))}");
    }

    private async Task<bool> MayShareAsync(MaterialKind kind, Guid id, Guid owner)
    {
        (Guid Id, Guid Owner)[] item = [(id, owner)];
        var allowed = kind switch
        {
            MaterialKind.JournalEntry => await scope.AllowedAsync(kind, item, i => i.Id, i => i.Owner, MaterialOperations<JournalEntry>.Share),
            MaterialKind.Intention => await scope.AllowedAsync(kind, item, i => i.Id, i => i.Owner, MaterialOperations<Intention>.Share),
            MaterialKind.MapSnapshot => await scope.AllowedAsync(kind, item, i => i.Id, i => i.Owner, MaterialOperations<MapSnapshot>.Share),
            _ => await scope.AllowedAsync(kind, item, i => i.Id, i => i.Owner, MaterialOperations<HotSpot>.Share),
        };
        return allowed.Count == 1;
    }

    private sealed record Item(Guid Owner, string Text);

    public sealed class ShareInput
    {
        public Visibility? Visibility { get; set; }
        public Guid? CaseId { get; set; }

        /// <summary>Who read the item when the page was shown (<see cref="SharesVersion"/>), so a change made elsewhere since is not overwritten.</summary>
        public Guid? SharesVersion { get; set; }
    }
}
