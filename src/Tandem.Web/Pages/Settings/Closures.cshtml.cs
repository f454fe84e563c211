using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Scheduling;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Settings;

/// <summary>The practice's holidays and closures: no series session is proposed and no free call offered on them.</summary>
public sealed class ClosuresModel(TandemDbContext db, CurrentViewer viewer, ClinicalAudit audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Closure> Coming { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public ClosureInput Input { get; private set; } = new();

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAddAsync(ClosureInput input)
    {
        Input = input;
        await LoadAsync();
        if (input.LastDay is { } last && last < Today)
        {
            ModelState.AddModelError("LastDay", "A closure that has ended is not needed: choose today or a later day.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var closure = new Closure { PracticeId = viewer.Value.PracticeId, Name = input.Name!.Trim(), FirstDay = input.FirstDay!.Value, LastDay = input.LastDay!.Value };
        db.Closures.Add(closure);
        await audit.SaveAndRecordAsync(AuditCode.Closures_Changed, nameof(Closure), closure.Id, null);
        TempData["Saved"] = $"The practice is closed for {closure.Name}, {Describe(closure)}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid? version)
    {
        var closure = await db.Closures.FirstOrDefaultAsync(c => c.Id == id && c.PracticeId == viewer.Value.PracticeId);
        if (closure is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        if (!closure.IsAsShown(version))
        {
            ModelState.RefuseStale($"The closure {closure.Name}", $"it runs {Describe(closure)}");
            await LoadAsync();
            return Page();
        }

        db.Closures.Remove(closure);
        await audit.SaveAndRecordAsync(AuditCode.Closures_Changed, nameof(Closure), closure.Id, null);
        TempData["Saved"] = $"{closure.Name} is no longer a closure.";
        return RedirectToPage();
    }

    public static string Describe(Closure c) =>
        c.FirstDay == c.LastDay ? Day(c.FirstDay) : $"{Day(c.FirstDay)} to {Day(c.LastDay)}";

    private static string Day(DateOnly day) => day.ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-US"));

    private async Task LoadAsync()
    {
        Today = await db.PracticeTodayAsync(viewer.Value.PracticeId, clock);
        var today = Today;
        Coming = await db.Closures.AsNoTracking().Where(c => c.PracticeId == viewer.Value.PracticeId && c.LastDay >= today).OrderBy(c => c.FirstDay).ToListAsync();
    }

    public sealed class ClosureInput : IValidatableObject
    {
        [Required(ErrorMessage = "Name the closure, for example “Winter holidays”.")]
        [StringLength(Closure.MaxNameLength, ErrorMessage = "Keep the name under 80 characters.")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Enter the first day the practice is closed.")]
        public DateOnly? FirstDay { get; set; }

        [Required(ErrorMessage = "Enter the last day the practice is closed (the same day for a single day).")]
        public DateOnly? LastDay { get; set; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (string.IsNullOrWhiteSpace(Name) && Name is not null)
            {
                yield return new("Name the closure, for example “Winter holidays”.", [nameof(Name)]);
            }

            if (FirstDay is { } first && LastDay is { } last)
            {
                if (last < first)
                {
                    yield return new("The last day cannot come before the first.", [nameof(LastDay)]);
                }
                else if (last.DayNumber - first.DayNumber > 365)
                {
                    yield return new("A closure lasts a year at most; add another for longer.", [nameof(LastDay)]);
                }
            }
        }
    }
}
