using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Repair;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Portal.Repair;

/// <summary>One episode from my side: write or change my side, mark it ready or take it back, share it with my clinicians.</summary>
public sealed class EpisodeModel(
    TandemDbContext db, CurrentViewer viewer, PortalCases cases, RepairLog log, ClinicalAudit audit, TimeProvider clock) : PageModel
{
    public PortalCases.Couple Couple { get; private set; } = null!;
    public RepairLog.Episode Episode { get; private set; } = null!;

    [BindProperty]
    public SideInput Side { get; set; } = new();

    /// <summary>
    /// The version of my side the page showed (none before I wrote one), posted by each of its forms: a change I made from
    /// another window since is not overwritten. My partner's changes do not count; they meet the episode's own version.
    /// </summary>
    [BindProperty]
    public Guid? Version { get; set; }

    private Guid Me => viewer.Value.ClientId!.Value;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Side = Episode.Mine is { } mine ? SideInput.From(mine.Text) : new();
        await audit.RecordReadAsync(AuditCode.Portal_CaseViewed, nameof(RepairEpisode), id, Me);
        if (Episode.Theirs is { } theirs)
        {
            await audit.RecordPartnerReadsAsync(nameof(RepairEpisode), [(id, theirs.ClientId)]);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id) =>
        await ChangeAsync(id, withSide: true, episode =>
        {
            if (!ModelState.IsValid)
            {
                return null;
            }

            var side = episode.SideOf(Me);
            if (side is null)
            {
                side = new RepairSide { PracticeId = episode.PracticeId, EpisodeId = episode.Id, CaseId = episode.CaseId, ClientId = Me, WhatSetItOff = "" };
                episode.Sides.Add(side);
            }

            Side.CopyTo(side);
            return episode.WhyNotEditable(Me);
        });

    public Task<IActionResult> OnPostReadyAsync(Guid id) => ChangeAsync(id, withSide: false, episode => episode.MarkReady(Me, clock.GetUtcNow().UtcDateTime));

    public Task<IActionResult> OnPostTakeBackAsync(Guid id) => ChangeAsync(id, withSide: false, episode => episode.TakeBack(Me));

    public Task<IActionResult> OnPostShareAsync(Guid id, bool share) =>
        ChangeAsync(id, withSide: false, episode =>
        {
            if (episode.IsRevealed || episode.SideOf(Me) is not { } side)
            {
                return episode.IsRevealed ? RepairEpisode.Fixed : "Write your side first.";
            }

            side.SharedWithCaseTeam = share;
            return null;
        });

    /// <summary>
    /// Applies a change to the episode as it is now. The episode's own version moves with every change, so two partners
    /// marking ready at the same moment cannot both miss the reveal: the second is told to try again.
    /// </summary>
    private async Task<IActionResult> ChangeAsync(Guid id, bool withSide, Func<RepairEpisode, string?> change)
    {
        if (!withSide)
        {
            ModelState.Clear();
        }

        var couple = await CoupleOfAsync(id);
        var episode = couple is null ? null : await log.ToChangeAsync(couple, Me, id);
        if (episode is null)
        {
            return NotFound();
        }

        var wasRevealed = episode.IsRevealed;
        var refusals = new Refusals();
        if (!episode.IsRevealed && episode.SideOf(Me)?.Version != Version)
        {
            ModelState.Clear();
            refusals.AddStale("Your side", "it was saved from another window; it is shown below as it is now");
        }
        else if (change(episode) is { } refusal)
        {
            refusals.Add("", refusal);
        }

        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            return await ShowAgainAsync(id, withSide);
        }

        db.Entry(episode).State = EntityState.Modified;
        try
        {
            await audit.SaveAndRecordAsync(AuditCode.RepairSide_Changed, nameof(RepairSide), episode.SideOf(Me)?.Id ?? id, Me);
            if (!wasRevealed && episode.IsRevealed)
            {
                await audit.SaveAndRecordAsync(AuditCode.RepairEpisode_Revealed, nameof(RepairEpisode), episode.Id, Me);
            }
        }
        catch (DbUpdateException error) when (error is DbUpdateConcurrencyException || error.IsUniqueViolation())
        {
            ModelState.Refuse([("", "Your partner changed this episode at the same moment. Here it is as it is now; try again.")]);
            return await ShowAgainAsync(id, withSide);
        }

        return RedirectToPage(new { id });
    }

    /// <summary>The page again after a refusal, keeping what was typed into my side.</summary>
    private async Task<IActionResult> ShowAgainAsync(Guid id, bool withSide)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(id);
        if (!withSide && Episode.Mine is { } mine)
        {
            Side = SideInput.From(mine.Text);
        }

        return Page();
    }

    /// <summary>The open couple case of mine the episode belongs to.</summary>
    private async Task<PortalCases.Couple?> CoupleOfAsync(Guid episodeId)
    {
        var caseId = await db.RepairEpisodes.AsNoTracking().Where(e => e.PracticeId == viewer.Value.PracticeId && e.Id == episodeId).Select(e => (Guid?)e.CaseId).FirstOrDefaultAsync();
        return (await cases.OpenCouplesAsync()).FirstOrDefault(c => c.CaseId == caseId);
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await CoupleOfAsync(id) is not { } couple || (await log.ForPartnerAsync(couple, Me)).FirstOrDefault(e => e.Id == id) is not { } episode)
        {
            return false;
        }

        (Couple, Episode) = (couple, episode);
        return true;
    }
}
