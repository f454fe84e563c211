using Microsoft.EntityFrameworkCore;
using Tandem.Core.RippleMap;
using Tandem.Core.Sharing;
using Tandem.Data;
using Tandem.Web.Authorization.Material;

namespace Tandem.Web.Pages.Portal.RippleMap;

/// <summary>Map snapshots for their owner, a partner they shared with, or a case team, each decided by <see cref="MapSnapshotHandler"/>.</summary>
public sealed class MapSnapshots(TandemDbContext db, MaterialScope scope)
{
    public sealed record Snapshot(Guid Id, Guid OwnerId, string Owner, DateTime DrawnAt, IReadOnlyList<MapPerson> People);

    private sealed record Header(Guid Id, Guid OwnerId, string Owner, DateTime DrawnAt);

    /// <summary>Mine, and what a partner shared with me in a case of ours, oldest first.</summary>
    public Task<List<Snapshot>> ForClientAsync(Guid me)
    {
        var reach = scope.SharesInReach(MaterialKind.MapSnapshot);
        return ReadableAsync(db.MapSnapshots.Where(s => s.PracticeId == scope.Viewer.PracticeId && (s.ClientId == me || reach.Any(r => r.ItemId == s.Id))));
    }

    /// <summary>What <paramref name="clientId"/> shared in this case, for its team, oldest first.</summary>
    public Task<List<Snapshot>> SharedInCaseAsync(Guid caseId, Guid clientId) => ReadableAsync(SharedIn(caseId).Where(s => s.ClientId == clientId));

    /// <summary>What every participant shared in this case, for its team, oldest first.</summary>
    public Task<List<Snapshot>> SharedInCaseAsync(Guid caseId) => ReadableAsync(SharedIn(caseId));

    /// <summary>One snapshot, if the viewer may read it.</summary>
    public async Task<Snapshot?> ReadableAsync(Guid id) => (await ReadableAsync(db.MapSnapshots.Where(s => s.PracticeId == scope.Viewer.PracticeId && s.Id == id))).SingleOrDefault();

    /// <summary>My latest snapshot, the one a redraw starts from; mine only, so nobody else's id is taken.</summary>
    public async Task<MapSnapshot?> LatestOfAsync(Guid me)
    {
        var practice = scope.Viewer.PracticeId;
        return await db.MapSnapshots.AsNoTracking().Include(s => s.People)
            .Where(s => s.PracticeId == practice && s.ClientId == me).OrderByDescending(s => s.DrawnAt).ThenByDescending(s => s.Id).FirstOrDefaultAsync();
    }

    private IQueryable<MapSnapshot> SharedIn(Guid caseId) =>
        db.MapSnapshots.Where(s => s.PracticeId == scope.Viewer.PracticeId && db.Shares.Any(r => r.PracticeId == s.PracticeId && r.Kind == MaterialKind.MapSnapshot && r.ItemId == s.Id && r.CaseId == caseId));

    private async Task<List<Snapshot>> ReadableAsync(IQueryable<MapSnapshot> candidates)
    {
        var practice = scope.Viewer.PracticeId;
        var headers = await (
                from s in candidates.AsNoTracking().Where(s => s.PracticeId == practice)
                join c in db.Clients on new { s.PracticeId, Id = s.ClientId } equals new { c.PracticeId, c.Id }
                orderby s.DrawnAt, s.Id
                select new Header(s.Id, s.ClientId, c.FirstName, s.DrawnAt))
            .ToListAsync();
        var allowed = await scope.AllowedAsync(MaterialKind.MapSnapshot, headers, h => h.Id, h => h.OwnerId, MaterialOperations<MapSnapshot>.Read);
        var ids = allowed.Select(h => h.Id).ToList();
        var people = ids.Count == 0 ? [] : await db.MapPeople.AsNoTracking().Where(p => p.PracticeId == scope.Viewer.PracticeId && ids.Contains(p.SnapshotId)).ToListAsync();
        var bySnapshot = people.ToLookup(p => p.SnapshotId);
        return [.. allowed.Select(h => new Snapshot(h.Id, h.OwnerId, h.Owner, h.DrawnAt, [.. bySnapshot[h.Id].OrderBy(p => p.Ring).ThenBy(p => p.Label, StringComparer.Ordinal)]))];
    }
}
