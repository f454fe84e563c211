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
/// Puts a wrong entry right with a new entry that names it, says why, and moves the balance by the difference; the wrong
/// entry stays as it was written. A transfer is put right by transferring back.
/// </summary>
public sealed class CorrectModel(TandemDbContext db, CurrentViewer viewer, StockBook book) : PageModel
{
    public static readonly RegisterEntryKind[] Correctable =
        [RegisterEntryKind.Receipt, RegisterEntryKind.Waste, RegisterEntryKind.Return, RegisterEntryKind.Destruction, RegisterEntryKind.Loss];

    public RegisterEntry Entry { get; private set; } = null!;
    public HeldStock Held { get; private set; } = null!;

    /// <summary>What the entry and any earlier corrections of it did to the balance, together.</summary>
    public long SoFar { get; private set; }

    public CorrectionInput Correction { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Correction = new CorrectionInput { EntryId = Guid.CreateVersion7() };
        return Page();
    }

    public async Task<IActionResult> OnPostRecordAsync(Guid id, CorrectionInput correction)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Correction = correction;
        var refusals = new Refusals();
        var shouldHaveBeen = 0L;
        if (correction.Quantity?.Trim() != "0" && !StockQuantity.TryParse(correction.Quantity, Held.Product.Form.Unit(), out shouldHaveBeen, out var problem))
        {
            refusals.Add("Correction.Quantity", problem);
        }

        var change = StockLedger.CorrectionChange(Entry.Kind, SoFar, shouldHaveBeen);
        if (ModelState.IsValid && !refusals.Any && change == 0)
        {
            refusals.Add("Correction.Quantity", "That is what the entry already comes to: there is nothing to correct.");
        }

        if (await book.AlreadyRecordedAsync(correction.EntryId))
        {
            refusals.Add("", "This entry is already in the register.");
        }

        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            return Page();
        }

        if (await book.MoveAsync(Held.BalanceId, change) is not { } after)
        {
            Held = await book.HeldAsync(Held.BalanceId) ?? Held;
            ModelState.Refuse([("Correction.Quantity", $"{Held.TooMuch} The correction would take the balance below zero.")]);
            return Page();
        }

        var entry = await book.EntryAsync(correction.EntryId, RegisterEntryKind.Correction, Entry.LotId, Entry.LocationId, change, after);
        (entry.CorrectsEntryId, entry.Reason) = (Entry.Id, correction.Reason!.Trim());
        await book.RecordAsync(StockBook.CodeFor(RegisterEntryKind.Correction), null, entry);
        TempData["Saved"] = $"Corrected: the balance of lot {Held.Lot.Number} in {Held.Location.Name} is now {Held.Units(after)}.";
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var practiceId = viewer.Value.PracticeId;
        var entry = await db.RegisterEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.PracticeId == practiceId);
        if (entry is null || !Correctable.Contains(entry.Kind))
        {
            return false;
        }

        var balanceId = await db.StockBalances.Where(b => b.LotId == entry.LotId && b.LocationId == entry.LocationId && b.PracticeId == practiceId).Select(b => b.Id).SingleAsync();
        Held = (await book.HeldAsync(balanceId))!;
        Entry = entry;
        var corrections = await db.RegisterEntries.Where(e => e.CorrectsEntryId == id && e.PracticeId == practiceId).Select(e => e.Change).ToListAsync();
        SoFar = entry.Change + corrections.Sum();
        return true;
    }

    public sealed class CorrectionInput
    {
        /// <summary>Made when the form is shown, so the same form posted twice records one correction.</summary>
        public Guid EntryId { get; set; }

        public string? Quantity { get; set; }

        [Required(ErrorMessage = "Say why the entry was wrong.")]
        [StringLength(RegisterEntry.MaxTextLength, ErrorMessage = "Keep it under 300 characters.")]
        public string? Reason { get; set; }
    }
}
