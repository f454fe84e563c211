using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Core.Audit;
using Tandem.Core.Intake;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Intake;

/// <summary>A participant's submitted intake, any version, for the case team.</summary>
public sealed class ViewModel(ParticipantIntake intake, ClinicalAudit audit) : PageModel
{
    public ParticipantIntake.Header Header { get; private set; } = null!;
    public IReadOnlyList<IntakeSubmission> Versions { get; private set; } = [];
    public IntakeSubmission? Shown { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid caseId, Guid clientId, int? version)
    {
        if (await intake.ForTeamAsync(caseId, clientId) is not { } header)
        {
            return NotFound();
        }

        Header = header;
        Versions = await intake.SubmissionsAsync(caseId, clientId);
        Shown = version is { } n ? Versions.FirstOrDefault(v => v.Number == n) : Versions.Count > 0 ? Versions[0] : null;
        if (version is not null && Shown is null)
        {
            return NotFound();
        }

        await audit.RecordReadAsync(AuditCode.Intake_Viewed, nameof(IntakeSubmission), Shown?.Id ?? caseId, clientId);
        return Page();
    }
}
