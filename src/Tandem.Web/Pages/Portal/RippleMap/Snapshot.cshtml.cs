using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Core.Audit;
using Tandem.Core.RippleMap;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Portal.RippleMap;

/// <summary>One map as picture and table, with what changed since the owner's previous map that this reader may see.</summary>
public sealed class SnapshotModel(CurrentViewer viewer, MapSnapshots snapshots, MapsDue due, ClinicalAudit audit) : PageModel
{
    public IReadOnlyList<MapTimepoint> DrawnFor { get; private set; } = [];

    public MapSnapshots.Snapshot Map { get; private set; } = null!;
    public MapSnapshots.Snapshot? Previous { get; private set; }
    public IReadOnlyList<PersonChange> Changes { get; private set; } = [];
    public bool IsMine => Map.OwnerId == viewer.Value.ClientId;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await snapshots.ReadableAsync(id) is not { } map)
        {
            return NotFound();
        }

        Map = map;
        Previous = (await snapshots.ForClientAsync(viewer.Value.ClientId!.Value))
            .LastOrDefault(s => s.OwnerId == map.OwnerId && (s.DrawnAt, s.Id).CompareTo((map.DrawnAt, map.Id)) < 0);
        DrawnFor = await due.DrawnForAsync(viewer.Value.PracticeId, id);
        Changes = Previous is null ? [] : MapChange.Between(Previous.People, map.People);
        await audit.RecordReadAsync(IsMine ? AuditCode.Portal_CaseViewed : AuditCode.SharedMaterial_ReadByPartner, nameof(MapSnapshot), id, map.OwnerId);
        return Page();
    }
}
