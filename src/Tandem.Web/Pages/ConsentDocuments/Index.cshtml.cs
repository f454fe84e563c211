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

namespace Tandem.Web.Pages.ConsentDocuments;

/// <summary>The practice's consent texts. Publishing a new version means every client signs again before their next dosing session.</summary>
public sealed class IndexModel(TandemDbContext db, CurrentViewer viewer, ClinicalAudit audit) : PageModel
{
    public IReadOnlyList<ConsentDocument> Versions { get; private set; } = [];

    [BindProperty]
    public PublishInput Input { get; set; } = new();

    public async Task OnGetAsync(CaseKind? kind)
    {
        await LoadAsync();
        var source = Versions.FirstOrDefault(v => v.Kind == (kind ?? CaseKind.Individual));
        Input = new PublishInput { Kind = kind ?? CaseKind.Individual, Title = source?.Title ?? "", Body = source?.Body ?? "" };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var practiceId = viewer.Value.PracticeId;
        var latest = await db.ConsentDocuments.Where(d => d.PracticeId == practiceId && d.Kind == Input.Kind).MaxAsync(d => (int?)d.Number) ?? 0;
        var document = new ConsentDocument
        {
            PracticeId = practiceId, Kind = Input.Kind!.Value, Number = latest + 1, Title = Input.Title.Trim(), Body = Input.Body.Trim(),
            PublishedById = viewer.Value.UserId,
        };
        db.ConsentDocuments.Add(document);
        try
        {
            await audit.SaveAndRecordAsync(AuditCode.ConsentDocument_Published, nameof(ConsentDocument), document.Id, null);
        }
        catch (DbUpdateException error) when (error.IsUniqueViolation())
        {
            ModelState.Refuse([("", "Someone published a version at the same moment. Check the list and publish again if needed.")]);
            db.ChangeTracker.Clear();
            await LoadAsync();
            return Page();
        }

        return RedirectToPage(new { kind = Input.Kind });
    }

    private async Task LoadAsync() =>
        Versions = await db.ConsentDocuments.AsNoTracking()
            .Where(d => d.PracticeId == viewer.Value.PracticeId)
            .OrderBy(d => d.Kind).ThenByDescending(d => d.Number)
            .ToListAsync();

    public sealed class PublishInput
    {
        [Required(ErrorMessage = "Choose whether this is the individual or the couples version.")]
        public CaseKind? Kind { get; set; }

        [Required(ErrorMessage = "Give the document a title.")]
        [StringLength(200, ErrorMessage = "Keep the title under 200 characters.")]
        public string Title { get; set; } = "";

        [Required(ErrorMessage = "Write the consent text.")]
        [StringLength(ConsentDocument.MaxBodyLength, ErrorMessage = "Keep the text under 20,000 characters.")]
        public string Body { get; set; } = "";
    }
}
