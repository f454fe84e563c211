using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Core.Audit;
using Tandem.Core.Dosing;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Dosing;

/// <summary>
/// The dosing-session record: the prescriber's orders, one record per person with the safety rules checked where the
/// clinician works, overrides by a Prescriber, signing, and amendments after signing. Each form posts its own command
/// (bound under its own prefix, so no post validates or shows another form's fields) to its handler.
/// </summary>
public sealed class IndexModel(CaseScope scope, DosingSheets sheets, Register.Witnesses witnesses, ClinicalAudit audit) : PageModel
{
    public const string ConflictMessage = "Someone else changed this record while you were editing it. Their changes are shown below; make yours again.";

    public DosingSheet Sheet { get; private set; } = null!;
    public bool IsPrescriber => scope.Viewer.IsPrescriber;

    /// <summary>Who may witness the waste of an opened troche's rest: the staff but the signed-in person.</summary>
    public IReadOnlyList<(Guid Id, string Name)> Staff { get; private set; } = [];

    /// <summary>The form posted and refused, and whose it is (none: the session's), so only that form shows what was typed and its errors.</summary>
    public (Guid? ClientId, object Command)? Posted { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id, CaseOperations.ReadClinical, track: false))
        {
            return NotFound();
        }

        await audit.RecordReadsAsync(AuditCode.DosingRecord_Viewed, Sheet.People.Select(person => Sheet.Saved
            ? (nameof(DosingRecord), person.Record.Id, (Guid?)person.ClientId)
            : (nameof(Core.Treatment.SeriesSession), Sheet.Session.Id, (Guid?)person.ClientId)));

        return Page();
    }

    public Task<IActionResult> OnPostOrderAsync(Guid id, [FromForm(Name = "Order")] WriteOrder.Command order, [FromServices] WriteOrder.Handler handler) =>
        PostAsync(id, order.ClientId, order, sheet => handler.HandleAsync(sheet, order, ModelState.IsValid));

    public Task<IActionResult> OnPostRecordAsync(Guid id, [FromForm(Name = "Record")] SaveRecord.Command record, [FromServices] SaveRecord.Handler handler) =>
        PostAsync(id, record.ClientId, record, sheet => handler.HandleAsync(sheet, record, ModelState.IsValid));

    public Task<IActionResult> OnPostVitalsAsync(Guid id, [FromForm(Name = "Vitals")] AddVitals.Command vitals, [FromServices] AddVitals.Handler handler) =>
        PostAsync(id, vitals.ClientId, vitals, sheet => handler.HandleAsync(sheet, vitals, ModelState.IsValid));

    public Task<IActionResult> OnPostAdverseAsync(Guid id, [FromForm(Name = "Adverse")] AddAdverseEvent.Command adverse, [FromServices] AddAdverseEvent.Handler handler) =>
        PostAsync(id, adverse.ClientId, adverse, sheet => handler.HandleAsync(sheet, adverse, ModelState.IsValid));

    public Task<IActionResult> OnPostOverrideAsync(Guid id, [FromForm(Name = "Override")] OverrideCheck.Command command, [FromServices] OverrideCheck.Handler handler) =>
        PostAsync(id, command.ClientId, command, sheet => handler.HandleAsync(sheet, command, ModelState.IsValid));

    public Task<IActionResult> OnPostWasteAsync(Guid id, [FromForm(Name = "Waste")] WasteRest.Command waste, [FromServices] WasteRest.Handler handler) =>
        PostAsync(id, waste.ClientId, waste, sheet => handler.HandleAsync(sheet, waste, ModelState.IsValid));

    public Task<IActionResult> OnPostSettingAsync(Guid id, [FromForm(Name = "Setting")] SaveSetting.Command setting, [FromServices] SaveSetting.Handler handler) =>
        PostAsync(id, null, setting, sheet => handler.HandleAsync(sheet, setting, ModelState.IsValid));

    public Task<IActionResult> OnPostSignAsync(Guid id, [FromForm(Name = "Sign")] SignRecord.Command sign, [FromServices] SignRecord.Handler handler) =>
        PostAsync(id, null, sign, sheet => handler.HandleAsync(sheet, sign, ModelState.IsValid));

    public Task<IActionResult> OnPostAmendAsync(Guid id, [FromForm(Name = "Amend")] AmendRecord.Command amend, [FromServices] AmendRecord.Handler handler) =>
        PostAsync(id, null, amend, sheet => handler.HandleAsync(sheet, amend, ModelState.IsValid));

    /// <summary>The refused command of type <typeparamref name="T"/> posted for <paramref name="clientId"/>, to show again as typed.</summary>
    public T? Refused<T>(Guid? clientId) where T : class =>
        Posted is { Command: T command } posted && posted.ClientId == clientId ? command : null;

    /// <summary>Loads the sheet to change it and runs the posted form's handler: saved goes back to the section saved.</summary>
    private async Task<IActionResult> PostAsync(Guid id, Guid? clientId, object command, Func<DosingSheet, Task<Outcome>> handle)
    {
        if (!await LoadAsync(id, CaseOperations.WriteClinical, track: true))
        {
            return NotFound();
        }

        switch (await handle(Sheet))
        {
            case Outcome.Saved saved:
                return RedirectToPage(null, null, new { id }, saved.Section);
            case Outcome.Refused refused:
                ModelState.Refuse(refused.Errors);
                Posted = (clientId, command);
                return Page();
            case Outcome.Overtaken:
                ModelState.Clear();
                ModelState.Refuse([("", ConflictMessage)]);
                await LoadAsync(id, CaseOperations.ReadClinical, track: false);
                return Page();
            default:
                return NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id, OperationAuthorizationRequirement operation, bool track)
    {
        if (await sheets.LoadAsync(scope.Viewer.PracticeId, id, track) is not { } sheet || await scope.AuthorizeAsync(sheet.Session.CaseId, operation) is null)
        {
            return false;
        }

        Sheet = sheet;
        Staff = sheet.Stock.KeepsRegister ? await witnesses.OthersAsync() : [];
        return true;
    }
}
