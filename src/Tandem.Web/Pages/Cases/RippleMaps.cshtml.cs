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
/// The case team reads each participant's latest map shared in this case, side by side for a couple, with the change
/// since that participant's previous shared map; a participant who shared none shows nothing of their maps.
/// </summary>
public sealed class RippleMapsModel(CaseFile file, CaseScope scope, MapSnapshots snapshots, ClinicalAudit audit) : PageModel
{
    /// <param name="Previous">The map shared before <paramref name="Latest"/>, whose people the change is counted from.</param>
    public sealed record Column(Guid ClientId, string Name, MapSnapshots.Snapshot? Latest, MapSnapshots.Snapshot? Previous)
    {
        public IReadOnlyList<PersonChange> Changes => Latest is null || Previous is null ? [] : MapChange.Between(Previous.People, Latest.People);
    }

    public Guid CaseId { get; private set; }
    public IReadOnlyList<Column> Columns { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid caseId)
    {
        if (await scope.AuthorizeAsync(caseId, CaseOperations.ReadClinical) is null)
        {
            return NotFound();
        }

        CaseId = caseId;
        var shared = (await snapshots.SharedInCaseAsync(caseId)).ToLookup(s => s.OwnerId);
        Columns = [.. (await file.ParticipantFirstNamesAsync(caseId)).Select(p =>
        {
            var last = shared[p.ClientId].TakeLast(2).ToList();
            return new Column(p.ClientId, p.FirstName, last.LastOrDefault(), last.Count == 2 ? last[0] : null);
        })];
        await audit.RecordReadsAsync(AuditCode.RippleMap_ViewedByCaseTeam, Columns.SelectMany(c => c.Latest is null
            ? [(nameof(Client), c.ClientId, (Guid?)c.ClientId)]
            : new[] { c.Previous, c.Latest }.OfType<MapSnapshots.Snapshot>().Select(m => (nameof(MapSnapshot), m.Id, (Guid?)c.ClientId))));
        return Page();
    }
}
