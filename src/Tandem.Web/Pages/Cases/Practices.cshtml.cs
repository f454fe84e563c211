using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Core.Audit;
using Tandem.Core.Journal;
using Tandem.Core.RippleMap;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Portal.Practices;
using Tandem.Web.Pages.Portal.RippleMap;

namespace Tandem.Web.Pages.Cases;

/// <summary>The case team reads a participant's practice log for the practices given in this case; each read is audited.</summary>
public sealed class PracticesModel(
    TandemDbContext db, CaseFile file, CaseScope scope, HomePracticeLog log, MapSnapshots maps, ClinicalAudit audit, TimeProvider clock) : PageModel
{
    private const int DaysShown = 28;

    public Guid CaseId { get; private set; }
    public string ClientName { get; private set; } = "";
    public IReadOnlyList<HomePracticeLog.Row> Rows { get; private set; } = [];
    public IReadOnlyList<DateOnly> Days { get; private set; } = [];

    /// <summary>Labels of the people on maps the client shared in this case, by person id, as last drawn.</summary>
    private Dictionary<Guid, string> sharedPeople = [];

    /// <summary>Who a check-in was done with, as the team may know them: a person on no map shared with it stays unnamed.</summary>
    public string Who(Guid personId) => sharedPeople.GetValueOrDefault(personId) ?? "someone in my life";

    public async Task<IActionResult> OnGetAsync(Guid caseId, Guid clientId)
    {
        if (await scope.AuthorizeAsync(caseId, CaseOperations.ReadClinical) is null
            || await file.ParticipantFirstNameAsync(caseId, clientId) is not { } name)
        {
            return NotFound();
        }

        (CaseId, ClientName) = (caseId, name);
        var today = await db.PracticeTodayAsync(scope.Viewer.PracticeId, clock);
        Days = HomePracticeLog.Days(today.AddDays(1 - DaysShown), today);
        Rows = await log.RowsAsync(clientId, await log.GivenAsync(clientId, today, caseId), Days[0], today);
        var named = Rows.SelectMany(r => r.Days.Values).Select(c => c.MapPersonId).OfType<Guid>().ToHashSet();
        var labelled = named.Count == 0 ? [] : (await maps.SharedInCaseAsync(caseId, clientId))
            .SelectMany(m => m.People.Where(p => named.Contains(p.PersonId)).Select(p => (MapId: m.Id, Person: p)))
            .GroupBy(x => x.Person.PersonId).Select(g => g.Last()).ToList();
        sharedPeople = labelled.ToDictionary(x => x.Person.PersonId, x => x.Person.Label);

        // A label shown here is a read of the map it was drawn on, so it reaches the client's access report like the map page's.
        await audit.RecordReadsEachAsync([
            (AuditCode.HomePracticeLog_ViewedByCaseTeam, nameof(HomePracticeCheckIn), clientId, clientId),
            .. labelled.Select(x => x.MapId).Distinct().Select(id => (AuditCode.RippleMap_ViewedByCaseTeam, nameof(MapSnapshot), id, (Guid?)clientId)),
        ]);
        return Page();
    }
}
