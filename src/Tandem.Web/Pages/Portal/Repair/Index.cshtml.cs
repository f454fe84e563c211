using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Core.Audit;
using Tandem.Core.Repair;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Portal.Repair;

/// <summary>The couple's rupture-and-repair log, from one partner's side: my episodes, those waiting for my side, and a new one.</summary>
public sealed class IndexModel(
    TandemDbContext db, CurrentViewer viewer, PortalCases cases, RepairLog log, ClinicalAudit audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<PortalCases.Couple> Couples { get; private set; } = [];

    /// <summary>The couple whose log is shown: the one named, or the newest; a client in two open couple cases switches between them.</summary>
    public PortalCases.Couple? Couple { get; private set; }
    public IReadOnlyList<RepairLog.Episode> Episodes { get; private set; } = [];
    public DateOnly Today { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "Say when it happened.")]
    public DateOnly? OccurredOn { get; set; }

    [BindProperty]
    public SideInput Side { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid? CaseId { get; set; }

    private Guid Me => viewer.Value.ClientId!.Value;

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        OccurredOn = Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Couple is null || !await log.MayStartAsync(Couple, Me, viewer.Value.PracticeId))
        {
            return NotFound();
        }

        var refusals = new Refusals();
        if (OccurredOn is { } day && (day > Today || day < Today.AddYears(-1)))
        {
            refusals.Add(nameof(OccurredOn), "Choose a day in the past year, up to today.");
        }

        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            return Page();
        }

        var episode = new RepairEpisode { PracticeId = viewer.Value.PracticeId, CaseId = Couple.CaseId, OccurredOn = OccurredOn!.Value };
        var side = new RepairSide { PracticeId = episode.PracticeId, EpisodeId = episode.Id, CaseId = Couple.CaseId, ClientId = Me, WhatSetItOff = "" };
        Side.CopyTo(side);
        episode.Sides.Add(side);
        db.RepairEpisodes.Add(episode);
        await audit.SaveAndRecordAsync(AuditCode.RepairSide_Changed, nameof(RepairSide), side.Id, Me);
        return RedirectToPage("Episode", new { id = episode.Id });
    }

    private async Task LoadAsync()
    {
        Today = await db.PracticeTodayAsync(viewer.Value.PracticeId, clock);
        Couples = await cases.OpenCouplesAsync();
        Couple = CaseId is { } chosen ? Couples.FirstOrDefault(c => c.CaseId == chosen) : Couples.Count > 0 ? Couples[0] : null;
        Episodes = Couple is null ? [] : await log.ForPartnerAsync(Couple, Me);
    }
}
