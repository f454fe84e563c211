using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Records;

namespace Tandem.Web.Pages.Cases;

/// <summary>
/// The case team exports one participant's full record, its own notes included, for a transfer of care: prepared in the
/// background like the client's own, offered to the team member who asked for it alone, and audited in the client's report.
/// </summary>
public sealed class RecordModel(CaseScope scope, CaseFile file, RecordExports exports, ClinicalAudit audit) : PageModel
{
    public Guid CaseId { get; private set; }
    public Guid ClientId { get; private set; }
    public string ClientName { get; private set; } = "";
    public bool IsCouple { get; private set; }
    public RecordExport? Export { get; private set; }

    public ExportStatus Status => new(Export, "The", "Full record", $"/Cases/{CaseId}/Record/{ClientId}", OnlyYou: true);

    [BindProperty]
    public PurposeInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid caseId, Guid clientId)
    {
        if (!await LoadAsync(caseId, clientId))
        {
            return NotFound();
        }

        Export = exports.Current(scope.Viewer.UserId, clientId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid caseId, Guid clientId, [FromServices] CareTeamRecordReader reader)
    {
        if (!await LoadAsync(caseId, clientId))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            Export = exports.Current(scope.Viewer.UserId, clientId);
            return Page();
        }

        var me = (await file.TeamAsync(caseId)).Single(t => t.StaffId == scope.Viewer.UserId).Name;
        var record = await reader.ReadAsync(scope.Viewer.PracticeId, caseId, clientId, me, Input.Purpose.Trim());
        var export = exports.Enqueue(scope.Viewer.UserId, record);
        await audit.SaveAndRecordAsync(AuditCode.RecordExport_PreparedForTransfer, nameof(ClientRecord), export.Id, clientId);
        return RedirectToPage(new { caseId, clientId });
    }

    public Task<IActionResult> OnGetPdfAsync(Guid caseId, Guid clientId, Guid id) => DownloadAsync(caseId, clientId, id, RecordFile.Pdf, "application/pdf", ".pdf");

    public Task<IActionResult> OnGetFhirAsync(Guid caseId, Guid clientId, Guid id) => DownloadAsync(caseId, clientId, id, RecordFile.Fhir, "application/fhir+json", ".fhir.json");

    private async Task<IActionResult> DownloadAsync(Guid caseId, Guid clientId, Guid id, RecordFile kind, string contentType, string extension)
    {
        if (!await LoadAsync(caseId, clientId) || await exports.TakeAsync(scope.Viewer.UserId, id, kind) is not { } bytes)
        {
            return NotFound();
        }

        await audit.RecordReadAsync(AuditCode.RecordExport_DownloadedForTransfer, nameof(ClientRecord), id, clientId);
        return File(bytes, contentType, $"record-{ClientName.ToLowerInvariant().Replace(' ', '-')}{extension}");
    }

    private async Task<bool> LoadAsync(Guid caseId, Guid clientId)
    {
        var facts = await scope.AuthorizeAsync(caseId, CaseOperations.ExportRecord);
        if (facts is null || !facts.ParticipantClientIds.Contains(clientId)
            || (await file.ParticipantsAsync(caseId)).FirstOrDefault(p => p.ClientId == clientId) is not { } participant)
        {
            return false;
        }

        (CaseId, ClientId, ClientName, IsCouple) = (caseId, clientId, participant.Name, (await file.HeaderAsync(caseId)).Kind == CaseKind.Couple);
        return true;
    }

    public sealed class PurposeInput
    {
        [Required(ErrorMessage = "Say why the record is exported, e.g. to whom care is transferred.")]
        [StringLength(300, ErrorMessage = "Keep the purpose to 300 characters.")]
        public string Purpose { get; set; } = "";
    }
}
