using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Practices;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Settings;

/// <summary>What every client of the practice reads before a dosing session and where to turn in a crisis, in the practice's words.</summary>
public sealed class TextsModel(TandemDbContext db, CurrentViewer viewer, PracticeSettings settings, ClinicalAudit audit) : PageModel
{
    [BindProperty]
    public TextsInput Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        var texts = await settings.TextsAsync(viewer.Value.PracticeId);
        Input = new TextsInput { BeforeDosing = texts.BeforeDosing, CrisisResources = texts.CrisisResources, Version = texts.Version };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var practiceId = viewer.Value.PracticeId;
        var texts = await db.PracticeTexts.FirstOrDefaultAsync(t => t.PracticeId == practiceId);
        var refusals = new Refusals();
        if (texts is not null && !texts.IsAsShown(Input.Version))
        {
            refusals.AddStale("These texts", $"before a dosing session, “{texts.BeforeDosing}”; in a crisis, “{texts.CrisisResources}”");
        }

        if (ModelState.Refuse(refusals))
        {
            return Page();
        }

        if (texts is null)
        {
            texts = new PracticeTexts { PracticeId = practiceId };
            db.PracticeTexts.Add(texts);
        }

        texts.BeforeDosing = Input.BeforeDosing!.Trim();
        texts.CrisisResources = Input.CrisisResources!.Trim();
        try
        {
            await audit.SaveAndRecordAsync(AuditCode.PracticeTexts_Changed, nameof(PracticeTexts), texts.Id, null);
        }
        catch (DbUpdateException error) when (error is DbUpdateConcurrencyException || error.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            ModelState.Refuse([("", "Someone else saved these texts while you were editing. Open the page again to see theirs, then make your change.")]);
            return Page();
        }

        TempData["Saved"] = "Saved. Clients see the new texts from now on.";
        return RedirectToPage();
    }

    public sealed class TextsInput
    {
        public Guid Version { get; set; }

        [Required(ErrorMessage = "Say what a client should do before a dosing session.")]
        [StringLength(PracticeTexts.MaxLength, ErrorMessage = "Keep it under 4,000 characters.")]
        public string? BeforeDosing { get; set; }

        [Required(ErrorMessage = "Say where a client can turn in a crisis; it is shown wherever they write or answer something alarming.")]
        [StringLength(PracticeTexts.MaxLength, ErrorMessage = "Keep it under 4,000 characters.")]
        public string? CrisisResources { get; set; }
    }
}
