using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Core.Audit;
using Tandem.Core.RippleMap;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Portal.RippleMap;

/// <summary>Two maps of one person side by side, and who moved where; only maps this reader may see, or 404.</summary>
public sealed class CompareModel(CurrentViewer viewer, MapSnapshots snapshots, ClinicalAudit audit) : PageModel
{
    public MapSnapshots.Snapshot From { get; private set; } = null!;
    public MapSnapshots.Snapshot To { get; private set; } = null!;
    public IReadOnlyList<PersonChange> Changes { get; private set; } = [];
    public bool IsMine => From.OwnerId == viewer.Value.ClientId;

    public async Task<IActionResult> OnGetAsync(Guid from, Guid to)
    {
        if (await snapshots.ReadableAsync(from) is not { } earlier || await snapshots.ReadableAsync(to) is not { } later || earlier.OwnerId != later.OwnerId)
        {
            return NotFound();
        }

        (From, To) = earlier.DrawnAt <= later.DrawnAt ? (earlier, later) : (later, earlier);
        Changes = MapChange.Between(From.People, To.People);
        var code = IsMine ? AuditCode.Portal_CaseViewed : AuditCode.SharedMaterial_ReadByPartner;
        await audit.RecordReadsAsync(code, [(nameof(MapSnapshot), From.Id, From.OwnerId), (nameof(MapSnapshot), To.Id, To.OwnerId)]);
        return Page();
    }
}
