using Microsoft.AspNetCore.Mvc;
using Tandem.Core.Audit;
using Tandem.Core.Dosing;

namespace Tandem.Web.Pages.Dosing;

/// <summary>The dosing page's side of the register: the lot a dose is given from, and the witnessed waste of an opened troche's rest.</summary>
public sealed partial class IndexModel
{
    /// <summary>Who may witness the waste of an opened troche's rest: the staff but the signed-in person.</summary>
    public IReadOnlyList<(Guid Id, string Name)> Staff { get; private set; } = [];

    [BindProperty] public WasteInput Waste { get; set; } = new();

    /// <summary>Where the practice keeps its register here, a dose is given from a lot held for the room, in date.</summary>
    private StockOption? FromStock(DosingRecord r)
    {
        if (!Sheet.Stock.KeepsRegister || (r.DoseMg is null && r.BoosterMg is null))
        {
            return null;
        }

        if (Sheet.Stock.Refusal(r, Record.StockId) is { } refusal)
        {
            ModelState.AddModelError("Record.StockId", refusal);
            return null;
        }

        var from = Sheet.Stock.Held.First(o => o.BalanceId == Record.StockId);
        r.LotNumber = from.Lot.Number;
        return from;
    }

    public async Task<IActionResult> OnPostWasteAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id, nameof(Waste), Waste.ClientId) || Sheet.Person(Waste.ClientId) is not { } person)
        {
            return NotFound();
        }

        var witness = ModelState.IsValid ? await witnesses.ConfirmAsync(Waste.Witness, ModelState, "Waste.Witness") : null;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var wasted = await draws.WasteAsync(Sheet, person, Waste.Reason!.Trim(), witness!);
        if (wasted.Problem is { } problem)
        {
            ModelState.AddModelError("", problem);
            return Page();
        }

        return await SaveAsync(AuditCode.StockWaste_Recorded, nameof(Core.Register.RegisterEntry), wasted.Entries[0].Id, null, [Register.Witnesses.Confirmed(witness!)]);
    }
}
