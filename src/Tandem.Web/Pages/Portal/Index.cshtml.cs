using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Portal;

public sealed class IndexModel(PortalCases cases, CurrentViewer viewer, ClinicalAudit audit) : PageModel
{
    public IReadOnlyList<PortalCases.Summary> Cases { get; private set; } = [];
    public IReadOnlyList<PortalCases.Due> Questionnaires { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Cases = await cases.MineAsync();
        Questionnaires = await cases.QuestionnairesDueAsync();
        foreach (var c in Cases)
        {
            await audit.RecordAsync(AuditCode.Portal_CaseViewed, nameof(Case), c.Id, viewer.Value.ClientId);
        }
    }
}
