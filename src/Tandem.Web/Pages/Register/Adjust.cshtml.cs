using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Register;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Register;

/// <summary>
/// A prescriber resolves a difference a count found: an adjusting entry moves the book by the difference and names the
/// count's line. Each difference is resolved once; the count itself stays as it was recorded.
/// </summary>
public sealed class AdjustModel(TandemDbContext db, CurrentViewer viewer, StockBook book) : PageModel
{
    public StockCountLine Line { get; private set; } = null!;
    public StockCount Count { get; private set; } = null!;
    public HeldStock Held { get; private set; } = null!;
    public AdjustmentInput Adjustment { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Adjustment = new AdjustmentInput { EntryId = Guid.CreateVersion7() };
        return Page();
    }

    public async Task<IActionResult> OnPostRecordAsync(Guid id, AdjustmentInput adjustment)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Adjustment = adjustment;
        var refusals = new Refusals();
        if (await book.AlreadyRecordedAsync(adjustment.EntryId))
        {
            refusals.Add("", "This entry is already in the register.");
        }

        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            return Page();
        }

        if (await book.MoveAsync(Held.BalanceId, Line.Difference) is not { } after)
        {
            Held = await book.HeldAsync(Held.BalanceId) ?? Held;
            ModelState.Refuse([("", $"{Held.TooMuch} The adjustment would take the balance below zero: record what has left the safe since the count first.")]);
            return Page();
        }

        var entry = await book.EntryAsync(adjustment.EntryId, RegisterEntryKind.CountAdjustment, Line.LotId, Line.LocationId, Line.Difference, after);
        (entry.CountLineId, entry.Reason, entry.WitnessName, entry.WitnessId) = (Line.Id, adjustment.Reason!.Trim(), Count.WitnessName, Count.WitnessId);
        try
        {
            await book.RecordAsync(StockBook.CodeFor(RegisterEntryKind.CountAdjustment), null, entry);
        }
        catch (DbUpdateException error) when (error.IsUniqueViolation())
        {
            ModelState.Refuse([("", "Someone else resolved this difference at the same moment: nothing was saved.")]);
            return Page();
        }

        TempData["Saved"] = $"Difference resolved: the balance of lot {Held.Lot.Number} in {Held.Location.Name} is now {Held.Units(after)}.";
        return RedirectToPage("Index");
    }

    /// <summary>Only an open difference of this practice can be resolved: one already adjusted is not found.</summary>
    private async Task<bool> LoadAsync(Guid id)
    {
        var practiceId = viewer.Value.PracticeId;
        var line = await db.StockCountLines.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id && l.PracticeId == practiceId);
        if (line is null || line.Difference == 0 || await db.RegisterEntries.AnyAsync(e => e.PracticeId == viewer.Value.PracticeId && e.CountLineId == id))
        {
            return false;
        }

        Count = await db.StockCounts.AsNoTracking().SingleAsync(c => c.PracticeId == viewer.Value.PracticeId && c.Id == line.CountId);
        var balanceId = await db.StockBalances.Where(b => b.LotId == line.LotId && b.LocationId == line.LocationId && b.PracticeId == practiceId).Select(b => b.Id).SingleAsync();
        (Line, Held) = (line, (await book.HeldAsync(balanceId))!);
        return true;
    }

    public sealed class AdjustmentInput
    {
        /// <summary>Made when the form is shown, so the same form posted twice records one adjustment.</summary>
        public Guid EntryId { get; set; }

        [Required(ErrorMessage = "Say how the difference was resolved.")]
        [StringLength(RegisterEntry.MaxTextLength, ErrorMessage = "Keep it under 300 characters.")]
        public string? Reason { get; set; }
    }
}
