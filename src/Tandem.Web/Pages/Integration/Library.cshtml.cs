using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Integration;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Integration;

/// <summary>The practice's library of practices: clinicians add their own and retire ones they no longer give (never delete: clients keep theirs).</summary>
public sealed class LibraryModel(TandemDbContext db, CurrentViewer viewer, ClinicalAudit audit) : PageModel
{
    private const string NameTaken = "The library already has a practice with this name.";

    public IReadOnlyList<HomePractice> Practices { get; private set; } = [];

    [BindProperty]
    public PracticeInput Input { get; set; } = new();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        await LoadAsync();
        var name = Input.Name?.Trim();
        var refusals = new Refusals();
        if (Practices.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            refusals.Add("Input.Name", NameTaken);
        }

        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            return Page();
        }

        var practice = new HomePractice
        {
            PracticeId = viewer.Value.PracticeId, Name = name!, Description = Input.Description!.Trim(),
            SortOrder = Practices.Count == 0 ? 1 : Practices.Max(p => p.SortOrder) + 1,
        };
        db.HomePractices.Add(practice);
        try
        {
            await audit.SaveAndRecordAsync(AuditCode.HomePractice_Changed, nameof(HomePractice), practice.Id, null);
        }
        catch (DbUpdateException error) when (error.IsUniqueViolation())
        {
            ModelState.Refuse([("Input.Name", NameTaken)]);
            return Page();
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostActiveAsync(Guid id, bool active, Guid? version)
    {
        var practice = await db.HomePractices.FirstOrDefaultAsync(p => p.Id == id && p.PracticeId == viewer.Value.PracticeId);
        if (practice is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        var refusals = new Refusals();
        if (!practice.IsAsShown(version))
        {
            refusals.AddStale($"“{practice.Name}”", practice.IsActive ? "it is offered to clients" : "it is retired");
        }

        if (ModelState.Refuse(refusals))
        {
            await LoadAsync();
            return Page();
        }

        practice.IsActive = active;
        await audit.SaveAndRecordAsync(AuditCode.HomePractice_Changed, nameof(HomePractice), practice.Id, null);
        return RedirectToPage();
    }

    private async Task LoadAsync() =>
        Practices = await db.HomePractices.AsNoTracking().Where(p => p.PracticeId == viewer.Value.PracticeId)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Name).ToListAsync();

    public sealed class PracticeInput
    {
        [Required(ErrorMessage = "Name the practice."), StringLength(HomePractice.MaxNameLength, ErrorMessage = "Keep the name under 120 characters.")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Say what the client does."), StringLength(HomePractice.MaxDescriptionLength, ErrorMessage = "Keep it under 1,000 characters.")]
        public string? Description { get; set; }
    }
}
