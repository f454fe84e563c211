using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Intake;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Intake;

namespace Tandem.Web.Pages.Portal.Consent;

/// <summary>The client reads the practice's current consent text and signs that exact version.</summary>
public sealed class IndexModel(TandemDbContext db, CaseScope scope, ClinicalAudit audit, IntakeProgress progress, TimeProvider clock) : PageModel
{
    public ConsentDocument? Document { get; private set; }
    public ConsentSignature? Signature { get; private set; }
    public string FullName { get; private set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Type your full name to sign.")]
    [StringLength(200, ErrorMessage = "That is longer than your name.")]
    public string? TypedName { get; set; }

    [BindProperty]
    public bool Agree { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid caseId) => await LoadAsync(caseId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid caseId)
    {
        if (!await LoadAsync(caseId, toWrite: true))
        {
            return NotFound();
        }

        if (Document is null || Signature is not null)
        {
            return RedirectToPage(new { caseId });
        }

        var refusals = new Refusals();
        if (!Agree)
        {
            refusals.Add(nameof(Agree), "Tick the box to confirm you have read and agree to this consent.");
        }

        if (TypedName is not null && !SameName(TypedName, FullName))
        {
            refusals.Add(nameof(TypedName), $"Type your name as the practice has it: {FullName}.");
        }

        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            return Page();
        }

        var clientId = scope.Viewer.ClientId!.Value;
        var signature = new ConsentSignature
        {
            PracticeId = scope.Viewer.PracticeId, ClientId = clientId, CaseId = caseId, ConsentDocumentId = Document.Id,
            Kind = Document.Kind, DocumentNumber = Document.Number, TypedName = TypedName!.Trim(), SignedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ConsentSignatures.Add(signature);
        try
        {
            await audit.SaveAndRecordAsync(AuditCode.ConsentSignature_Signed, nameof(ConsentSignature), signature.Id, clientId);
        }
        catch (DbUpdateException error) when (error.IsUniqueViolation())
        {
            // A double submit: the other request signed this very version a moment ago, so the page shows it signed.
            db.ChangeTracker.Clear();
            return RedirectToPage(new { caseId });
        }

        await progress.AdvanceAsync(scope.Viewer.PracticeId, caseId);
        return RedirectToPage(new { caseId });
    }

    private static bool SameName(string typed, string expected) =>
        string.Equals(string.Join(' ', typed.Split(' ', StringSplitOptions.RemoveEmptyEntries)), expected, StringComparison.OrdinalIgnoreCase);

    private async Task<bool> LoadAsync(Guid caseId, bool toWrite = false)
    {
        if (await scope.AuthorizeAsync(caseId, toWrite ? CaseOperations.WriteAsParticipant : CaseOperations.ReadAsParticipant) is null)
        {
            return false;
        }

        var clientId = scope.Viewer.ClientId!.Value;
        var kind = await db.Cases.Where(c => c.PracticeId == scope.Viewer.PracticeId && c.Id == caseId).Select(c => c.Kind).FirstAsync();
        FullName = await db.Clients.Where(c => c.PracticeId == scope.Viewer.PracticeId && c.Id == clientId).Select(c => c.FirstName + " " + c.LastName).FirstAsync();
        var current = await progress.CurrentConsentIdsAsync(scope.Viewer.PracticeId);
        if (current.TryGetValue(kind, out var documentId))
        {
            Document = await db.ConsentDocuments.AsNoTracking().FirstAsync(d => d.PracticeId == scope.Viewer.PracticeId && d.Id == documentId);
            Signature = await db.ConsentSignatures.AsNoTracking().FirstOrDefaultAsync(s => s.PracticeId == scope.Viewer.PracticeId && s.ClientId == clientId && s.ConsentDocumentId == documentId);
        }

        return true;
    }
}
