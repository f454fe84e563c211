using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Core.Audit;
using Tandem.Core.Clients;
using Tandem.Core.Journal;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Portal.Journal;

namespace Tandem.Web.Pages.Cases;

/// <summary>The case team reads what a participant shared with them from their journal, never "only me"; each entry read is audited by itself, for the client's access report.</summary>
public sealed class JournalModel(CaseFile file, CaseScope scope, JournalEntries entries, ClinicalAudit audit) : PageModel
{
    public Guid CaseId { get; private set; }
    public string ClientName { get; private set; } = "";
    public IReadOnlyList<JournalEntries.Entry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid caseId, Guid clientId)
    {
        if (await scope.AuthorizeAsync(caseId, CaseOperations.ReadClinical) is null
            || await file.ParticipantFirstNameAsync(caseId, clientId) is not { } name)
        {
            return NotFound();
        }

        (CaseId, ClientName) = (caseId, name);
        Entries = await entries.SharedInCaseAsync(caseId, clientId);
        await audit.RecordReadsAsync(AuditCode.Journal_ViewedByCaseTeam, Entries.Count == 0
            ? [(nameof(Client), clientId, clientId)]
            : Entries.Select(e => (nameof(JournalEntry), e.Id, (Guid?)clientId)));
        return Page();
    }
}
