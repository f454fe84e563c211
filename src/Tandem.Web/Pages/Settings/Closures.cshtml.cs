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
        if (ModelState.Refuse(Check(input)) || !ModelState.IsValid)
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
        var refusals = new Refusals();
        if (!closure.IsAsShown(version))
        {
            refusals.AddStale($"The closure {closure.Name}", $"it runs {Describe(closure)}");
        }

        if (ModelState.Refuse(refusals))
        {
            await LoadAsync();
            return Page();
        }

        db.Closures.Remove(closure);
        await audit.SaveAndRecordAsync(AuditCode.Closures_Changed, nameof(Closure), closure.Id, null);
        TempData["Saved"] = $"{closure.Name} is no longer a closure.";
        return RedirectToPage();
    }

    /// <summary>The days a closure runs, in order and within a year (once its fields are well formed), and not over already.</summary>
    private Refusals Check(ClosureInput input)
    {
        var refusals = new Refusals();
        if (ModelState.IsValid && input.FirstDay is { } first && input.LastDay is { } last)
        {
            if (last < first)
            {
                refusals.Add("LastDay", "The last day cannot come before the first.");
            }
            else if (last.DayNumber - first.DayNumber > 365)
            {
                refusals.Add("LastDay", "A closure lasts a year at most; add another for longer.");
            }
        }

        if (input.LastDay is { } lastDay && lastDay < Today)
        {
            refusals.Add("LastDay", "A closure that has ended is not needed: choose today or a later day.");
        }

        return refusals;
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

    public sealed class ClosureInput
    {
        [Required(ErrorMessage = "Name the closure, for example “Winter holidays”.")]
        [StringLength(Closure.MaxNameLength, ErrorMessage = "Keep the name under 80 characters.")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Enter the first day the practice is closed.")]
        public DateOnly? FirstDay { get; set; }

        [Required(ErrorMessage = "Enter the last day the practice is closed (the same day for a single day).")]
        public DateOnly? LastDay { get; set; }
    }
}
