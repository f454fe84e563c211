using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Core.Audit;
using Tandem.Core.RippleMap;
using Tandem.Core.Sharing;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Portal.Sharing;

namespace Tandem.Web.Pages.Portal.RippleMap;

/// <summary>My relationship map: my snapshots with who reads each, a partner's shared with me, and two to compare.</summary>
public sealed class IndexModel(CurrentViewer viewer, MapSnapshots snapshots, ShareTargets targets, ClinicalAudit audit) : PageModel
{
    public IReadOnlyList<MapSnapshots.Snapshot> Snapshots { get; private set; } = [];
    public IReadOnlyDictionary<Guid, SharedWith> Mine { get; private set; } = new Dictionary<Guid, SharedWith>();
    public MapSnapshots.Snapshot? Latest => Snapshots.LastOrDefault(s => s.OwnerId == Me);
    public Guid Me => viewer.Value.ClientId!.Value;

    public async Task OnGetAsync()
    {
        Snapshots = await snapshots.ForClientAsync(Me);
        Mine = await targets.SharedWithAsync(MaterialKind.MapSnapshot, [.. Snapshots.Where(s => s.OwnerId == Me).Select(s => s.Id)]);
        await audit.RecordAsync(AuditCode.Portal_CaseViewed, nameof(MapSnapshot), Latest?.Id ?? Me, Me);
        await audit.RecordPartnerReadsAsync(nameof(MapSnapshot), Snapshots.Select(s => (s.Id, s.OwnerId)));
    }
}
