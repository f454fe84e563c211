using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Repair;
using Tandem.Data;
using Tandem.Web.Authorization.Material;

namespace Tandem.Web.Pages.Portal.Repair;

/// <summary>
/// Episodes of a couple's rupture-and-repair log, cut to what the viewer may read: each side is decided by
/// <see cref="RepairSideHandler"/>, and the views built here never carry a side its viewer may not see.
/// </summary>
public sealed class RepairLog(TandemDbContext db, MaterialScope scope)
{
    /// <summary>A side with its author's name and their partner's, so "my partner" reads as a name to anyone else.</summary>
    public sealed record Side(Guid ClientId, string Name, string PartnerName, RepairSide Text);

    /// <summary>An episode as one viewer may see it: sides they may not read are absent.</summary>
    public sealed record Episode(Guid Id, DateOnly OccurredOn, DateTime? RevealedAt, Side? Mine, Side? Theirs, bool AwaitsMine)
    {
        public bool IsRevealed => RevealedAt is not null;
    }

    /// <summary>Episodes with my side, and episodes whose other side is ready and waits for mine (date only).</summary>
    public async Task<List<Episode>> ForPartnerAsync(PortalCases.Couple couple, Guid me)
    {
        var (episodes, names, @case) = await LoadAsync(couple.CaseId);
        var views = new List<Episode>();
        foreach (var e in episodes.Where(e => e.SideOf(me) is not null || e.AwaitsSideOf(me)))
        {
            var mine = e.SideOf(me) is { } m && await ReadsAsync(e, m, @case) ? new Side(me, names[me], names[couple.PartnerId], m) : null;
            var theirs = e.SideOf(couple.PartnerId) is { } t && await ReadsAsync(e, t, @case) ? new Side(couple.PartnerId, names[couple.PartnerId], names[me], t) : null;
            views.Add(new Episode(e.Id, e.OccurredOn, e.RevealedAt, mine, theirs, e.AwaitsSideOf(me)));
        }

        return views;
    }

    /// <summary>What the case team reads: revealed episodes, and sides shared with them before a reveal.</summary>
    public async Task<List<(DateOnly OccurredOn, DateTime? RevealedAt, IReadOnlyList<Side> Sides)>> ForCaseTeamAsync(Guid caseId)
    {
        var (episodes, names, @case) = await LoadAsync(caseId);
        var views = new List<(DateOnly, DateTime?, IReadOnlyList<Side>)>();
        foreach (var e in episodes)
        {
            var sides = new List<Side>();
            foreach (var s in e.Sides.OrderBy(s => s.CreatedAt))
            {
                if (await ReadsAsync(e, s, @case))
                {
                    sides.Add(new Side(s.ClientId, names[s.ClientId], names.First(n => n.Key != s.ClientId).Value, s));
                }
            }

            if (sides.Count > 0)
            {
                views.Add((e.OccurredOn, e.RevealedAt, sides));
            }
        }

        return views;
    }

    /// <summary>The episode, tracked, when <paramref name="me"/> may write in it: it has my side or waits for mine, and my side may change.</summary>
    public async Task<RepairEpisode?> ToChangeAsync(PortalCases.Couple couple, Guid me, Guid episodeId)
    {
        var episode = await db.RepairEpisodes.Include(e => e.Sides).FirstOrDefaultAsync(e => e.PracticeId == scope.Viewer.PracticeId && e.Id == episodeId && e.CaseId == couple.CaseId);
        if (episode is null || (episode.SideOf(me) is null && !episode.AwaitsSideOf(me)))
        {
            return null;
        }

        var @case = (await scope.CaseFactsAsync([couple.CaseId]))[couple.CaseId];
        var mine = episode.SideOf(me) ?? new RepairSide { ClientId = me, WhatSetItOff = "" };
        return episode.IsRevealed || await scope.AllowsAsync(Facts(episode, mine, @case), MaterialOperations<RepairSide>.Edit) ? episode : null;
    }

    /// <summary>Whether <paramref name="me"/> may start an episode in this couple's log: a new side of theirs, not yet revealed.</summary>
    public async Task<bool> MayStartAsync(PortalCases.Couple couple, Guid me, Guid practiceId)
    {
        var @case = (await scope.CaseFactsAsync([couple.CaseId]))[couple.CaseId];
        return await scope.AllowsAsync(new RepairSideFacts(practiceId, me, @case, IsRevealed: false, SharedWithCaseTeam: false), MaterialOperations<RepairSide>.Edit);
    }

    private static RepairSideFacts Facts(RepairEpisode episode, RepairSide side, CaseAccessFacts @case) =>
        new(episode.PracticeId, side.ClientId, @case, episode.IsRevealed, side.SharedWithCaseTeam);

    private Task<bool> ReadsAsync(RepairEpisode episode, RepairSide side, CaseAccessFacts @case) =>
        scope.AllowsAsync(Facts(episode, side, @case), MaterialOperations<RepairSide>.Read);

    private async Task<(List<RepairEpisode> Episodes, Dictionary<Guid, string> Names, CaseAccessFacts Case)> LoadAsync(Guid caseId)
    {
        var episodes = await db.RepairEpisodes.AsNoTracking().Include(e => e.Sides)
            .Where(e => e.PracticeId == scope.Viewer.PracticeId && e.CaseId == caseId)
            .OrderByDescending(e => e.OccurredOn).ThenByDescending(e => e.CreatedAt)
            .ToListAsync();
        var names = await db.CaseParticipants.AsNoTracking().Where(p => p.PracticeId == scope.Viewer.PracticeId && p.CaseId == caseId)
            .Select(p => new { p.ClientId, p.Client!.FirstName })
            .ToDictionaryAsync(p => p.ClientId, p => p.FirstName);
        return (episodes, names, (await scope.CaseFactsAsync([caseId]))[caseId]);
    }
}
