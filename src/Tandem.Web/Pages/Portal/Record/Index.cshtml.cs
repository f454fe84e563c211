using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Core.Audit;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Records;

namespace Tandem.Web.Pages.Portal.Record;

/// <summary>"Download my record": prepared in the background, then offered to its owner alone, once.</summary>
public sealed class IndexModel(RecordExports exports, CurrentViewer viewer, ClinicalAudit audit) : PageModel
{
    public RecordExport? Export { get; private set; }

    public ExportStatus Status => new(Export, "Your", "My record", "/Portal/Record", OnlyYou: false);

    public void OnGet() => Export = exports.Current(viewer.Value.UserId, viewer.Value.ClientId ?? Guid.Empty);

    public async Task<IActionResult> OnPostAsync([FromServices] ClientRecordReader reader)
    {
        var record = await reader.ReadAsync();
        var export = exports.Enqueue(viewer.Value.UserId, record);
        await audit.SaveAndRecordAsync(AuditCode.RecordExport_Prepared, nameof(ClientRecord), export.Id, record.ClientId);
        return RedirectToPage();
    }

    public Task<IActionResult> OnGetPdfAsync(Guid id) => DownloadAsync(id, RecordFile.Pdf, "application/pdf", "my-record.pdf");

    public Task<IActionResult> OnGetFhirAsync(Guid id) => DownloadAsync(id, RecordFile.Fhir, "application/fhir+json", "my-record.fhir.json");

    private async Task<IActionResult> DownloadAsync(Guid id, RecordFile file, string contentType, string name)
    {
        if (await exports.TakeAsync(viewer.Value.UserId, id, file) is not { } bytes)
        {
            return NotFound();
        }

        await audit.RecordReadAsync(AuditCode.RecordExport_Downloaded, nameof(ClientRecord), id, viewer.Value.ClientId);
        return File(bytes, contentType, name);
    }
}
