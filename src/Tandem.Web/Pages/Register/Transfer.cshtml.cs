using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Register;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Register;

/// <summary>Stock of one lot moved from one location to another: an entry out of the one and into the other, both or neither.</summary>
public sealed class TransferModel(TandemDbContext db, CurrentViewer viewer, StockBook book, TimeProvider clock) : PageModel
{
    public HeldStock Held { get; private set; } = null!;
    public IReadOnlyList<StorageLocation> Locations { get; private set; } = [];
    public TransferInput Transfer { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Transfer = new TransferInput { EntryId = Guid.CreateVersion7() };
        return Page();
    }

    public async Task<IActionResult> OnPostRecordAsync(Guid id, TransferInput transfer)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Transfer = transfer;
        var refusals = new Refusals();
        var to = Locations.FirstOrDefault(l => l.Id == transfer.ToLocationId);
        if (to is null)
        {
            refusals.Add("Transfer.ToLocationId", "Choose one of the practice's locations.");
        }
        else if (to.Id == Held.Location.Id)
        {
            refusals.Add("Transfer.ToLocationId", $"The stock is already in {to.Name}: choose another location.");
        }

        if (StockLedger.TransferProblem(Held.Lot, await db.PracticeTodayAsync(viewer.Value.PracticeId, clock)) is { } expired)
        {
            refusals.Add("", expired);
        }

        if (!StockQuantity.TryParse(transfer.Quantity, Held.Product.Form.Unit(), out var quantity, out var problem))
        {
            refusals.Add("Transfer.Quantity", problem);
        }

        if (await book.AlreadyRecordedAsync(transfer.EntryId))
        {
            refusals.Add("", "This entry is already in the register.");
        }

        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            return Page();
        }

        if (await book.MoveAsync(id, -quantity) is not { } left)
        {
            Held = await book.HeldAsync(id) ?? Held;
            ModelState.Refuse([("Transfer.Quantity", Held.TooMuch)]);
            return Page();
        }

        var there = await book.BalanceRowAsync(Held.Lot.Id, to!.Id);
        var arrived = await book.MoveAsync(there, quantity);
        var outgoing = await book.EntryAsync(transfer.EntryId, RegisterEntryKind.TransferOut, Held.Lot.Id, Held.Location.Id, -quantity, left);
        var incoming = await book.EntryAsync(Guid.Empty, RegisterEntryKind.TransferIn, Held.Lot.Id, to.Id, quantity, arrived!.Value);
        (outgoing.OtherLocationId, incoming.OtherLocationId) = (to.Id, Held.Location.Id);
        await book.RecordAsync(StockBook.CodeFor(RegisterEntryKind.TransferOut), null, outgoing, incoming);
        TempData["Saved"] = $"Transferred {Held.Units(quantity)} of lot {Held.Lot.Number} from {Held.Location.Name} to {to.Name}.";
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await book.HeldAsync(id) is not { } held)
        {
            return false;
        }

        Held = held;
        Locations = await db.StorageLocations.AsNoTracking().Where(l => l.PracticeId == viewer.Value.PracticeId).OrderBy(l => l.Name).ToListAsync();
        return true;
    }

    public sealed class TransferInput
    {
        /// <summary>Made when the form is shown, so the same form posted twice records one transfer.</summary>
        public Guid EntryId { get; set; }

        public Guid? ToLocationId { get; set; }
        public string? Quantity { get; set; }
    }
}
