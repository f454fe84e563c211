using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Core.Audit;
using Tandem.Core.RippleMap;
using Tandem.Core.Sharing;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Portal.Sharing;

namespace Tandem.Web.Pages.Portal.RippleMap;

/// <summary>My relationship map: my snapshots with who reads each, a partner's shared with me, and two to compare.</summary>
public sealed class IndexModel(
    TandemDbContext db, CurrentViewer viewer, MapSnapshots snapshots, MapsDue due, ShareTargets targets, ClinicalAudit audit, TimeProvider clock) : PageModel
{
    /// <summary>When the map the schedule has open now is due, if one is.</summary>
    public DateOnly? DueOn { get; private set; }

    public IReadOnlyList<MapSnapshots.Snapshot> Snapshots { get; private set; } = [];
    public IReadOnlyDictionary<Guid, SharedWith> Mine { get; private set; } = new Dictionary<Guid, SharedWith>();
    public MapSnapshots.Snapshot? Latest => Snapshots.LastOrDefault(s => s.OwnerId == Me);
    public Guid Me => viewer.Value.ClientId!.Value;

    public async Task OnGetAsync()
    {
        Snapshots = await snapshots.ForClientAsync(Me);
        DueOn = await due.FirstDueOnAsync(viewer.Value.PracticeId, Me, await db.PracticeTodayAsync(viewer.Value.PracticeId, clock));
        Mine = await targets.SharedWithAsync(MaterialKind.MapSnapshot, [.. Snapshots.Where(s => s.OwnerId == Me).Select(s => s.Id)]);
        await audit.RecordReadAsync(AuditCode.Portal_CaseViewed, nameof(MapSnapshot), Latest?.Id ?? Me, Me);
        await audit.RecordPartnerReadsAsync(nameof(MapSnapshot), Snapshots.Select(s => (s.Id, s.OwnerId)));
    }
}
