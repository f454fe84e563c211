using Microsoft.EntityFrameworkCore;
using Tandem.Core.Preparation;
using Tandem.Core.Sharing;
using Tandem.Data;
using Tandem.Web.Authorization.Material;

namespace Tandem.Web.Pages.Preparation;

/// <summary>
/// Intentions and hot spots, each decided by its handler from its shares: the author sees all of theirs, others what was
/// shared with them in a case. A couple's shared intention belongs to its case, as if shared there with both partners.
/// </summary>
public sealed class PreparationMaterial(TandemDbContext db, MaterialScope scope)
{
    /// <param name="Version">What the author's delete form posts back.</param>
    public sealed record Item(Guid Id, Guid AuthorId, string Author, string Text, Guid? SharedInCaseId, Guid Version);

    /// <param name="Version">What the author's delete form posts back.</param>
    public sealed record Spot(Guid Id, Guid AuthorId, string Author, string Situation, string Feeling, string UsualResponse, Guid Version);

    /// <summary>What a client reads in their portal: their own, what a partner shared with them, their couples' shared intentions.</summary>
    public async Task<(List<Item> Intentions, List<Spot> HotSpots)> ForClientAsync(Guid me)
    {
        var intentionShares = scope.SharesInReach(MaterialKind.Intention);
        var spotShares = scope.SharesInReach(MaterialKind.HotSpot);
        var myCases = scope.Cases.Select(c => c.Id);
        return await ReadableAsync(
            db.Intentions.Where(i => i.PracticeId == scope.Viewer.PracticeId && (i.AuthorClientId == me || intentionShares.Any(s => s.ItemId == i.Id) || (i.SharedInCaseId != null && myCases.Contains(i.SharedInCaseId.Value)))),
            db.HotSpots.Where(h => h.PracticeId == scope.Viewer.PracticeId && (h.AuthorClientId == me || spotShares.Any(s => s.ItemId == h.Id))));
    }

    /// <summary>What was shared in this case, for its team: participants' items shared there, and the case's shared intentions.</summary>
    public Task<(List<Item> Intentions, List<Spot> HotSpots)> SharedInCaseAsync(Guid caseId) =>
        ReadableAsync(
            db.Intentions.Where(i => i.PracticeId == scope.Viewer.PracticeId
                && (i.SharedInCaseId == caseId || db.Shares.Any(s => s.PracticeId == i.PracticeId && s.Kind == MaterialKind.Intention && s.ItemId == i.Id && s.CaseId == caseId))),
            db.HotSpots.Where(h => h.PracticeId == scope.Viewer.PracticeId && db.Shares.Any(s => s.PracticeId == h.PracticeId && s.Kind == MaterialKind.HotSpot && s.ItemId == h.Id && s.CaseId == caseId)));

    private async Task<(List<Item>, List<Spot>)> ReadableAsync(IQueryable<Intention> intentionCandidates, IQueryable<HotSpot> spotCandidates)
    {
        var intentions = await (
                from i in intentionCandidates.AsNoTracking()
                join c in db.Clients on new { i.PracticeId, Id = i.AuthorClientId } equals new { c.PracticeId, c.Id }
                orderby i.CreatedAt
                select new Item(i.Id, i.AuthorClientId, c.FirstName, i.Text, i.SharedInCaseId, i.Version))
            .ToListAsync();
        var spots = await (
                from h in spotCandidates.AsNoTracking()
                join c in db.Clients on new { h.PracticeId, Id = h.AuthorClientId } equals new { c.PracticeId, c.Id }
                orderby h.CreatedAt
                select new Spot(h.Id, h.AuthorClientId, c.FirstName, h.Situation, h.Feeling, h.UsualResponse, h.Version))
            .ToListAsync();
        return (
            await scope.AllowedAsync(MaterialKind.Intention, intentions, i => i.Id, i => i.AuthorId, MaterialOperations<Intention>.Read, i => i.SharedInCaseId),
            await scope.AllowedAsync(MaterialKind.HotSpot, spots, h => h.Id, h => h.AuthorId, MaterialOperations<HotSpot>.Read));
    }
}
