using Microsoft.EntityFrameworkCore;
using Tandem.Core.Repair;
using Tandem.Data;

namespace Tandem.Web.Pages.Portal.Repair;

/// <summary>
/// Episodes of a couple's rupture-and-repair log, cut to what the viewer may read: the views built here never carry a
/// side its viewer may not see, so a page cannot show one by mistake.
/// </summary>
public sealed class RepairLog(TandemDbContext db)
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
        var episodes = await LoadAsync(couple.CaseId);
        var names = await NamesAsync(couple.CaseId);
        return [.. episodes
            .Where(e => e.SideOf(me) is not null || e.AwaitsSideOf(me))
            .Select(e => new Episode(
                e.Id, e.OccurredOn, e.RevealedAt,
                e.SideOf(me) is { } mine ? new Side(me, names[me], names[couple.PartnerId], mine) : null,
                e.IsRevealed && e.SideOf(couple.PartnerId) is { } theirs ? new Side(couple.PartnerId, names[couple.PartnerId], names[me], theirs) : null,
                e.AwaitsSideOf(me)))];
    }

    /// <summary>What the case team reads: revealed episodes, and sides shared with them before a reveal.</summary>
    public async Task<List<(DateOnly OccurredOn, DateTime? RevealedAt, IReadOnlyList<Side> Sides)>> ForCaseTeamAsync(Guid caseId)
    {
        var episodes = await LoadAsync(caseId);
        var names = await NamesAsync(caseId);
        Side Named(RepairSide s) => new(s.ClientId, names[s.ClientId], names.First(n => n.Key != s.ClientId).Value, s);
        return [.. episodes
            .Select(e => (e.OccurredOn, e.RevealedAt, Sides: (IReadOnlyList<Side>)[.. e.Sides.Where(e.CaseTeamReads).OrderBy(s => s.CreatedAt).Select(Named)]))
            .Where(e => e.Sides.Count > 0)];
    }

    /// <summary>The episode, tracked, when <paramref name="me"/> may act on it: it has my side or waits for mine.</summary>
    public async Task<RepairEpisode?> ToChangeAsync(PortalCases.Couple couple, Guid me, Guid episodeId)
    {
        var episode = await db.RepairEpisodes.Include(e => e.Sides).FirstOrDefaultAsync(e => e.Id == episodeId && e.CaseId == couple.CaseId);
        return episode is not null && (episode.SideOf(me) is not null || episode.AwaitsSideOf(me)) ? episode : null;
    }

    private Task<List<RepairEpisode>> LoadAsync(Guid caseId) =>
        db.RepairEpisodes.AsNoTracking().Include(e => e.Sides)
            .Where(e => e.CaseId == caseId)
            .OrderByDescending(e => e.OccurredOn).ThenByDescending(e => e.CreatedAt)
            .ToListAsync();

    private Task<Dictionary<Guid, string>> NamesAsync(Guid caseId) =>
        db.CaseParticipants.AsNoTracking().Where(p => p.CaseId == caseId)
            .Select(p => new { p.ClientId, p.Client!.FirstName })
            .ToDictionaryAsync(p => p.ClientId, p => p.FirstName);
}
