using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Register;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Register;

/// <summary>Stock delivered to the practice, as the supplier's invoice has it, into one location.</summary>
public sealed class ReceiveModel(TandemDbContext db, CurrentViewer viewer, StockBook book, TimeProvider clock) : PageModel
{
    public IReadOnlyList<StockProduct> Products { get; private set; } = [];
    public IReadOnlyList<StorageLocation> Locations { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public ReceiptInput Receipt { get; private set; } = new();
    public RegisterWording Wording { get; private set; } = RegisterWording.For(Jurisdiction.UnitedStates);

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Receipt = new ReceiptInput { EntryId = Guid.CreateVersion7(), ReceivedOn = Today };
    }

    public async Task<IActionResult> OnPostRecordAsync(ReceiptInput receipt)
    {
        Receipt = receipt;
        await LoadAsync();
        var product = Products.FirstOrDefault(p => p.Id == receipt.ProductId);
        var refusals = new Refusals();
        if (product is null)
        {
            refusals.Add("Receipt.ProductId", "Choose one of the practice's products.");
        }

        if (!Locations.Any(l => l.Id == receipt.LocationId))
        {
            refusals.Add("Receipt.LocationId", "Choose one of the practice's locations.");
        }

        if (!StockQuantity.TryParse(receipt.Quantity, product?.Form.Unit() ?? "unit", out var quantity, out var problem))
        {
            refusals.Add("Receipt.Quantity", problem);
        }

        if (receipt.ReceivedOn > Today)
        {
            refusals.Add("Receipt.ReceivedOn", "Stock is recorded once it has arrived: choose today or an earlier day.");
        }

        if (receipt is { ReceivedOn: { } on, ExpiresOn: { } expires } && StockLedger.ReceiptProblem(on, expires) is { } early)
        {
            refusals.Add("Receipt.ExpiresOn", early);
        }

        var number = receipt.LotNumber?.Trim();
        var lot = product is null ? null : await db.StockLots.AsNoTracking().FirstOrDefaultAsync(l => l.ProductId == product.Id && l.Number == number && l.PracticeId == product.PracticeId);
        if (lot is not null && receipt.ExpiresOn is { } given && given != lot.ExpiresOn)
        {
            refusals.Add("Receipt.ExpiresOn", $"Lot {lot.Number} is recorded with expiry {RegisterWords.Day(lot.ExpiresOn)}: check the date on the pack.");
        }

        if (await book.AlreadyRecordedAsync(receipt.EntryId))
        {
            refusals.Add("", "This entry is already in the register.");
        }

        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            return Page();
        }

        if (lot is null)
        {
            lot = new StockLot { PracticeId = viewer.Value.PracticeId, ProductId = product!.Id, Number = number!, ExpiresOn = receipt.ExpiresOn!.Value };
            db.StockLots.Add(lot);
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException error) when (error.IsUniqueViolation())
            {
                ModelState.Refuse([("", $"Lot {number} was recorded by someone else at this moment: open the form again and record the receipt.")]);
                return Page();
            }
        }

        var balanceId = await book.BalanceRowAsync(lot.Id, receipt.LocationId!.Value);
        var after = await book.MoveAsync(balanceId, quantity);
        var entry = await book.EntryAsync(receipt.EntryId, RegisterEntryKind.Receipt, lot.Id, receipt.LocationId.Value, quantity, after!.Value);
        entry.OccurredOn = receipt.ReceivedOn!.Value;
        (entry.SupplierName, entry.SupplierAddress, entry.SupplierRegistration, entry.InvoiceNumber) =
            (receipt.SupplierName!.Trim(), receipt.SupplierAddress!.Trim(), receipt.SupplierRegistration!.Trim(), receipt.InvoiceNumber!.Trim());
        await book.RecordAsync(StockBook.CodeFor(RegisterEntryKind.Receipt), null, entry);
        TempData["Saved"] = $"Received {RegisterWords.Units(quantity, product!.Form)} of {product.Name}, lot {lot.Number}.";
        return RedirectToPage("Index");
    }

    private async Task LoadAsync()
    {
        var practiceId = viewer.Value.PracticeId;
        Today = await db.PracticeTodayAsync(practiceId, clock);
        Wording = await db.RegisterWordingAsync(practiceId);
        Products = await db.StockProducts.AsNoTracking().Where(p => p.PracticeId == practiceId).OrderBy(p => p.Name).ToListAsync();
        Locations = await db.StorageLocations.AsNoTracking().Where(l => l.PracticeId == practiceId).OrderBy(l => l.Name).ToListAsync();
    }

    public sealed class ReceiptInput
    {
        /// <summary>Made when the form is shown, so the same form posted twice records one receipt.</summary>
        public Guid EntryId { get; set; }

        public Guid? ProductId { get; set; }
        public Guid? LocationId { get; set; }

        [Required(ErrorMessage = "Give the lot number printed on the pack.")]
        [StringLength(StockLot.MaxNumberLength, ErrorMessage = "Keep the lot number under 40 characters.")]
        public string? LotNumber { get; set; }

        [Required(ErrorMessage = "Give the expiry date printed on the pack.")]
        public DateOnly? ExpiresOn { get; set; }

        [Required(ErrorMessage = "Give the day the stock arrived.")]
        public DateOnly? ReceivedOn { get; set; }

        public string? Quantity { get; set; }

        [Required(ErrorMessage = "Name the supplier.")]
        [StringLength(RegisterEntry.MaxTextLength, ErrorMessage = "Keep it under 300 characters.")]
        public string? SupplierName { get; set; }

        [Required(ErrorMessage = "Give the supplier's address.")]
        [StringLength(RegisterEntry.MaxTextLength, ErrorMessage = "Keep it under 300 characters.")]
        public string? SupplierAddress { get; set; }

        [Required(ErrorMessage = "Give the supplier's registration number (in the US, their DEA number).")]
        [StringLength(RegisterEntry.MaxReferenceLength, ErrorMessage = "Keep it under 80 characters.")]
        public string? SupplierRegistration { get; set; }

        [Required(ErrorMessage = "Give the invoice number.")]
        [StringLength(RegisterEntry.MaxReferenceLength, ErrorMessage = "Keep it under 80 characters.")]
        public string? InvoiceNumber { get; set; }
    }
}
