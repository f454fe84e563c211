using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Audit;
using Tandem.Core.Measures;
using Tandem.Core.Practices;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Settings;

/// <summary>When questionnaires may be answered, and the outcome report's smallest group shown: clinicians read them, prescribers change them.</summary>
public sealed class OutcomesModel(TandemDbContext db, CurrentViewer viewer, ClinicalAudit audit) : PageModel
{
    public Practice Current { get; private set; } = null!;
    public bool CanChange => User.IsInRole(Roles.Prescriber);

    [BindProperty]
    public OutcomeSettingsInput Input { get; set; } = new();

    public async Task OnGetAsync() => Input = OutcomeSettingsInput.From(await LoadAsync(track: false));

    public async Task<IActionResult> OnPostAsync()
    {
        if (!CanChange)
        {
            return Forbid();
        }

        var practice = await LoadAsync(track: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(practice).Property(p => p.Version).OriginalValue = Input.Version;
        (practice.AnswerOpensDaysBefore, practice.AnswerClosesDaysAfter, practice.MinimumCellSize) =
            (Input.OpensDaysBefore!.Value, Input.ClosesDaysAfter!.Value, Input.MinimumCellSize!.Value);
        try
        {
            await audit.SaveAndRecordAsync(AuditCode.OutcomeSettings_Changed, nameof(Practice), practice.Id, null);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var now = await LoadAsync(track: false);
            ModelState.Clear();
            ModelState.Refuse([("", $"Someone else changed these while you were editing: questionnaires now open {now.AnswerOpensDaysBefore} days before they are due " +
                $"and close {now.AnswerClosesDaysAfter} days after, and the smallest group shown is now {now.MinimumCellSize}. Nothing was saved; change them again if they should differ.")]);
            Input = OutcomeSettingsInput.From(now);
            return Page();
        }

        return RedirectToPage();
    }

    private async Task<Practice> LoadAsync(bool track)
    {
        var practices = track ? db.Practices : db.Practices.AsNoTracking();
        return Current = await practices.SingleAsync(p => p.Id == viewer.Value.PracticeId);
    }

    public sealed class OutcomeSettingsInput
    {
        [Required(ErrorMessage = "Enter how many days before it is due a questionnaire opens.")]
        [Range(0, 14, ErrorMessage = "A questionnaire opens 0 to 14 days before it is due.")]
        public int? OpensDaysBefore { get; set; }

        [Required(ErrorMessage = "Enter how many days after it is due a questionnaire closes.")]
        [Range(1, 90, ErrorMessage = "A questionnaire closes 1 to 90 days after it is due.")]
        public int? ClosesDaysAfter { get; set; }

        [Required(ErrorMessage = "Enter the smallest group shown.")]
        [Range(SmallCells.LowestMinimum, SmallCells.HighestMinimum, ErrorMessage = "The smallest group shown is between 3 and 50 people.")]
        public int? MinimumCellSize { get; set; }

        public Guid Version { get; set; }

        public static OutcomeSettingsInput From(Practice p) => new()
        {
            OpensDaysBefore = p.AnswerOpensDaysBefore, ClosesDaysAfter = p.AnswerClosesDaysAfter, MinimumCellSize = p.MinimumCellSize, Version = p.Version,
        };
    }
}
