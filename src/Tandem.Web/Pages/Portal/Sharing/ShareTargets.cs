using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Sharing;
using Tandem.Web.Authorization;
using Tandem.Web.Authorization.Material;

namespace Tandem.Web.Pages.Portal.Sharing;

/// <summary>A case of mine that something can be shared in, named as I know it.</summary>
public sealed record ShareTarget(Guid CaseId, CaseKind Kind, bool IsOpen, string Name)
{
    public bool IsCouple => Kind == CaseKind.Couple;
}

/// <summary>The signed-in client's cases, to share into (the open ones) or to name a share's case; read once per request.</summary>
public sealed class ShareTargets(CaseScope scope, MaterialScope material, PortalCases portal)
{
    private List<ShareTarget>? mine;

    public async Task<List<ShareTarget>> MineAsync() => mine ??= await LoadAsync();

    public async Task<List<ShareTarget>> OpenAsync() => [.. (await MineAsync()).Where(t => t.IsOpen)];

    /// <summary>Who reads each of my items of <paramref name="kind"/>, named by case, for the tags beside them.</summary>
    public async Task<Dictionary<Guid, SharedWith>> SharedWithAsync(MaterialKind kind, IReadOnlyList<Guid> items)
    {
        var shares = await material.SharesOfAsync(kind, items);
        var targets = await MineAsync();
        return items.ToDictionary(id => id, id => SharedWith.Of(kind, id, shares[id].Select(s => s.Share), targets));
    }

    private async Task<List<ShareTarget>> LoadAsync()
    {
        var cases = await scope.Cases.AsNoTracking()
            .OrderBy(c => c.CreatedAt)
            .Select(c => new { c.Id, c.Kind, c.Stage })
            .ToListAsync();
        var partners = await portal.OthersInAsync([.. cases.Select(c => c.Id)]);
        return [.. cases.Select(c => new ShareTarget(
            c.Id, c.Kind, CaseJourney.IsOpen(c.Stage), c.Kind == CaseKind.Couple ? $"our care with {partners[c.Id].FirstOrDefault()?.FirstName}" : "my own care"))];
    }
}
