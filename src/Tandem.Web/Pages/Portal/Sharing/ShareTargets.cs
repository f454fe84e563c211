using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Web.Authorization;

namespace Tandem.Web.Pages.Portal.Sharing;

/// <summary>A case of mine that something can be shared in, named as I know it.</summary>
public sealed record ShareTarget(Guid CaseId, CaseKind Kind, bool IsOpen, string Name)
{
    public bool IsCouple => Kind == CaseKind.Couple;
}

/// <summary>The signed-in client's cases, to share into (the open ones) or to name a share's case.</summary>
public sealed class ShareTargets(CaseScope scope)
{
    public async Task<List<ShareTarget>> MineAsync()
    {
        var me = scope.Viewer.ClientId;
        var cases = await scope.Cases.AsNoTracking()
            .OrderBy(c => c.CreatedAt)
            .Select(c => new { c.Id, c.Kind, c.Stage, Partner = c.Participants.Where(p => p.ClientId != me).Select(p => p.Client!.FirstName).FirstOrDefault() })
            .ToListAsync();
        return [.. cases.Select(c => new ShareTarget(
            c.Id, c.Kind, CaseJourney.IsOpen(c.Stage), c.Kind == CaseKind.Couple ? $"our care with {c.Partner}" : "my own care"))];
    }

    public async Task<List<ShareTarget>> OpenAsync() => [.. (await MineAsync()).Where(t => t.IsOpen)];
}
