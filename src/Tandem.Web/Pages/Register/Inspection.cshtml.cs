using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Register;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Register;

/// <summary>
/// The register for inspection, for a date range and a product or a lot: a printable page, a CSV and a PDF of the same
/// rows. Prescribers and custodians only (it names the people given ketamine); each one produced is audited.
/// </summary>
public sealed class InspectionModel(TandemDbContext db, CurrentViewer viewer, InspectionRegister register, ClinicalAudit audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ProductId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? LotId { get; set; }

    public IReadOnlyList<StockProduct> Products { get; private set; } = [];
    public IReadOnlyList<(StockLot Lot, string Product)> Lots { get; private set; } = [];
    public IReadOnlyList<string[]>? Rows { get; private set; }
    public RegisterWording Wording { get; private set; } = RegisterWording.For(Jurisdiction.UnitedStates);
    public string Scope { get; private set; } = "";

    public string Query => $"From={From:yyyy-MM-dd}&To={To:yyyy-MM-dd}&ProductId={ProductId}&LotId={LotId}";

    public async Task OnGetAsync() => await ProduceAsync();

    public async Task<IActionResult> OnGetCsvAsync() => await ProduceAsync() is { } rows
        ? File(InspectionExports.Csv(rows), "text/csv", $"register-{From:yyyy-MM-dd}-to-{To:yyyy-MM-dd}.csv")
        : Page();

    public async Task<IActionResult> OnGetPdfAsync()
    {
        if (await ProduceAsync() is not { } rows)
        {
            return Page();
        }

        var practice = await db.Practices.Where(p => p.Id == viewer.Value.PracticeId).Select(p => p.Name).SingleAsync();
        return File(InspectionExports.Pdf(Wording, practice, Scope, rows), "application/pdf", $"register-{From:yyyy-MM-dd}-to-{To:yyyy-MM-dd}.pdf");
    }

    /// <summary>The filtered rows, audited; null, with a message beside the field, when the filter cannot be used.</summary>
    private async Task<IReadOnlyList<string[]>?> ProduceAsync()
    {
        var practiceId = viewer.Value.PracticeId;
        Wording = await db.RegisterWordingAsync(practiceId);
        Products = await db.StockProducts.AsNoTracking().Where(p => p.PracticeId == practiceId).OrderBy(p => p.Name).ToListAsync();
        Lots = await register.LotsAsync(practiceId);
        if (!FilterIsUsable())
        {
            return null;
        }

        var today = await db.PracticeTodayAsync(practiceId, clock);
        (From, To) = (From ?? today.AddMonths(-3), To ?? today);
        Rows = await register.RowsAsync(practiceId, From.Value, To.Value, ProductId, LotId);
        var lot = Lots.FirstOrDefault(l => l.Lot.Id == LotId);
        var what = lot.Lot is { } chosen ? $"{lot.Product}, lot {chosen.Number}" : Products.FirstOrDefault(p => p.Id == ProductId)?.Name ?? "Every product";
        Scope = $"{what}, {RegisterWords.Day(From.Value)} to {RegisterWords.Day(To.Value)}";
        await audit.RecordReadAsync(AuditCode.RegisterInspection_Produced, nameof(InspectionRegister), practiceId, null);
        return Rows;
    }

    private bool FilterIsUsable()
    {
        // What model binding says about a date or an id that does not parse is replaced by words for the person at the form.
        Replace(nameof(From), "Enter the start of the range as a date.");
        Replace(nameof(To), "Enter the end of the range as a date.");
        Replace(nameof(ProductId), "Choose one of the practice's products.");
        Replace(nameof(LotId), "Choose one of the practice's lots.");
        var refusals = new Refusals();
        if (From > To)
        {
            refusals.Add(nameof(To), "The end of the range must be on or after its start.");
        }

        if (ProductId is { } productId && Products.All(p => p.Id != productId))
        {
            refusals.Add(nameof(ProductId), "Choose one of the practice's products.");
        }

        if (LotId is { } lotId && Lots.All(l => l.Lot.Id != lotId))
        {
            refusals.Add(nameof(LotId), "Choose one of the practice's lots.");
        }
        else if (LotId is not null && ProductId is { } product && Lots.First(l => l.Lot.Id == LotId).Lot.ProductId != product)
        {
            refusals.Add(nameof(LotId), "That lot is not of the product chosen: choose the lot, or every lot of the product.");
        }

        return !ModelState.Refuse(refusals) && ModelState.IsValid;
    }

    private void Replace(string key, string message)
    {
        if (ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
        {
            entry.Errors.Clear();
            entry.Errors.Add(message);
        }
    }
}
