using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Core.Audit;
using Tandem.Core.Clients;
using Tandem.Core.RippleMap;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Portal.RippleMap;

namespace Tandem.Web.Pages.Cases;

/// <summary>
/// The case team reads the relationship maps a participant shared in this case, never "only me" ones nor those shared
/// in another case, with the change from each shared map to the next; each map read is audited by itself.
/// </summary>
public sealed class RippleMapModel(CaseFile file, CaseScope scope, MapSnapshots snapshots, ClinicalAudit audit) : PageModel
{
    public Guid CaseId { get; private set; }
    public string ClientName { get; private set; } = "";
    public IReadOnlyList<MapSnapshots.Snapshot> Maps { get; private set; } = [];

    public IEnumerable<(MapSnapshots.Snapshot From, MapSnapshots.Snapshot To, IReadOnlyList<PersonChange> Changes)> Steps =>
        Maps.Zip(Maps.Skip(1), (from, to) => (from, to, MapChange.Between(from.People, to.People)));

    /// <summary>From the first shared map to the latest, when there are maps between them: change over the year of follow-up.</summary>
    public (MapSnapshots.Snapshot From, MapSnapshots.Snapshot To, IReadOnlyList<PersonChange> Changes)? SinceFirst =>
        Maps.Count > 2 ? (Maps[0], Maps[^1], MapChange.Between(Maps[0].People, Maps[^1].People)) : null;

    public async Task<IActionResult> OnGetAsync(Guid caseId, Guid clientId)
    {
        if (await scope.AuthorizeAsync(caseId, CaseOperations.ReadClinical) is null
            || await file.ParticipantFirstNameAsync(caseId, clientId) is not { } name)
        {
            return NotFound();
        }

        (CaseId, ClientName) = (caseId, name);
        Maps = await snapshots.SharedInCaseAsync(caseId, clientId);
        await audit.RecordReadsAsync(AuditCode.RippleMap_ViewedByCaseTeam, Maps.Count == 0
            ? [(nameof(Client), clientId, clientId)]
            : Maps.Select(m => (nameof(MapSnapshot), m.Id, (Guid?)clientId)));
        return Page();
    }
}
