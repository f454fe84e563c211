using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Treatment;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Settings;

namespace Tandem.Web.Pages.Portal;

public sealed class IndexModel(
    PortalCases cases, Sessions.MySessions sessions, PracticeSettings settings, CurrentViewer viewer, ClinicalAudit audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<PortalCases.Summary> Cases { get; private set; } = [];
    public IReadOnlyList<PortalCases.Due> Questionnaires { get; private set; } = [];
    public IReadOnlyList<Sessions.MySessions.Item> NextSessions { get; private set; } = [];

    /// <summary>The practice's instructions, shown while a dosing session is among the next ones.</summary>
    public string? BeforeDosing { get; private set; }

    public async Task OnGetAsync()
    {
        Cases = await cases.MineAsync();
        Questionnaires = await cases.QuestionnairesDueAsync();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        NextSessions = [.. (await sessions.ListAsync()).Where(s => !s.IsWrittenUp && s.Date >= today).Take(3)];
        if (NextSessions.Any(s => s.Kind.IsDosing()))
        {
            BeforeDosing = (await settings.TextsAsync(viewer.Value.PracticeId)).BeforeDosing;
        }

        foreach (var c in Cases)
        {
            await audit.RecordAsync(AuditCode.Portal_CaseViewed, nameof(Case), c.Id, viewer.Value.ClientId);
        }
    }
}
