using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Intake;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Screen;

/// <summary>
/// The practice's contraindication screen, kept by its prescribers. Retiring a question hides it from new intakes;
/// intakes already submitted keep the questions as they were asked.
/// </summary>
public sealed class IndexModel(TandemDbContext db, CurrentViewer viewer, ClinicalAudit audit) : PageModel
{
    public IReadOnlyList<ContraindicationItem> Items { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "Choose the group the question belongs to.")]
    public ScreenCategory? Category { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Write the question as a client should read it.")]
    [StringLength(300, ErrorMessage = "Keep the question under 300 characters.")]
    public string? Text { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        var refusals = new Refusals();
        if (Category is { } category && !Enum.IsDefined(category))
        {
            refusals.Add(nameof(Category), "Choose one of the groups listed.");
        }

        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var practiceId = viewer.Value.PracticeId;
        var last = await db.ContraindicationItems.Where(i => i.PracticeId == practiceId).MaxAsync(i => (int?)i.SortOrder) ?? 0;
        var item = new ContraindicationItem { PracticeId = practiceId, Category = Category!.Value, Text = Text!.Trim(), SortOrder = last + 1 };
        db.ContraindicationItems.Add(item);
        await audit.SaveAndRecordAsync(AuditCode.ContraindicationScreen_Changed, nameof(ContraindicationItem), item.Id, null);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostToggleAsync(Guid id, Guid? version)
    {
        ModelState.Clear();
        var item = await db.ContraindicationItems.FirstOrDefaultAsync(i => i.Id == id && i.PracticeId == viewer.Value.PracticeId);
        if (item is null)
        {
            return NotFound();
        }

        var refusals = new Refusals();
        if (!item.IsAsShown(version))
        {
            refusals.AddStale($"The question “{item.Text}”", item.IsActive ? "it is asked at intake" : "it is retired");
        }

        if (ModelState.Refuse(refusals))
        {
            await LoadAsync();
            return Page();
        }

        item.IsActive = !item.IsActive;
        await audit.SaveAndRecordAsync(AuditCode.ContraindicationScreen_Changed, nameof(ContraindicationItem), item.Id, null);
        return RedirectToPage();
    }

    private async Task LoadAsync() =>
        Items = await db.ContraindicationItems.AsNoTracking()
            .Where(i => i.PracticeId == viewer.Value.PracticeId)
            .OrderBy(i => i.Category).ThenBy(i => i.SortOrder)
            .ToListAsync();
}
