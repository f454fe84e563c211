using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Portal.Cases;

public sealed class DetailsModel(CaseScope scope, PortalCases cases, ConsentDue consent, ClinicalAudit audit) : PageModel
{
    public PortalCases.Summary Case { get; private set; } = null!;
    public ConsentDue.Prompt? ConsentToSign { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await scope.AuthorizeAsync(id, CaseOperations.ReadAsParticipant) is null)
        {
            return NotFound();
        }

        Case = (await cases.MineAsync(id)).Single();
        ConsentToSign = await consent.ForAsync([Case]) is [var due, ..] ? due : null;
        await audit.RecordReadAsync(AuditCode.Portal_CaseViewed, nameof(Case), id, scope.Viewer.ClientId);
        return Page();
    }
}
