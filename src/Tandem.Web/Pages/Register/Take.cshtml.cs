using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Core.Register;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Register;

/// <summary>Stock leaving the register from one lot at one location: wasted, returned, destroyed, or lost or stolen.</summary>
public sealed class TakeModel(StockBook book, Witnesses witnesses) : PageModel
{
    public static readonly RegisterEntryKind[] Kinds = [RegisterEntryKind.Waste, RegisterEntryKind.Return, RegisterEntryKind.Destruction, RegisterEntryKind.Loss];

    public HeldStock Held { get; private set; } = null!;
    public TakeInput Take { get; private set; } = new();
    public IReadOnlyList<(Guid Id, string Name)> Staff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await book.HeldAsync(id) is not { } held)
        {
            return NotFound();
        }

        Held = held;
        Take = new TakeInput { EntryId = Guid.CreateVersion7() };
        Staff = await witnesses.OthersAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRecordAsync(Guid id, TakeInput take)
    {
        if (await book.HeldAsync(id) is not { } held)
        {
            return NotFound();
        }

        (Held, Take, Staff) = (held, take, await witnesses.OthersAsync());
        var kind = take.Kind is { } k && Kinds.Contains(k) ? k : (RegisterEntryKind?)null;
        var refusals = new Refusals();
        if (kind is null)
        {
            refusals.Add("Take.Kind", "Choose what happened to the stock.");
        }

        if (!StockQuantity.TryParse(take.Quantity, held.Product.Form.Unit(), out var quantity, out var problem))
        {
            refusals.Add("Take.Quantity", problem);
        }

        foreach (var (field, value, missing) in Required(kind))
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                refusals.Add($"Take.{field}", missing);
            }
        }

        var witness = kind == RegisterEntryKind.Waste ? await witnesses.ConfirmAsync(take.Witness, refusals, "Take.Witness") : null;
        if (await book.AlreadyRecordedAsync(take.EntryId))
        {
            refusals.Add("", "This entry is already in the register.");
        }

        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            return Page();
        }

        if (await book.MoveAsync(id, -quantity) is not { } after)
        {
            Held = await book.HeldAsync(id) ?? held;
            ModelState.Refuse([("Take.Quantity", Held.TooMuch)]);
            return Page();
        }

        var entry = await book.EntryAsync(take.EntryId, kind!.Value, held.Lot.Id, held.Location.Id, -quantity, after);
        (entry.Reason, entry.WitnessName, entry.WitnessAuthority, entry.ReportReference, entry.SupplierName) =
            (Trimmed(take.Reason), witness?.Name ?? Trimmed(take.WitnessName), Trimmed(take.WitnessAuthority), Trimmed(take.ReportReference), Trimmed(take.SupplierName));
        entry.WitnessId = witness?.Id;
        await book.RecordAsync(StockBook.CodeFor(kind.Value), witness, entry);
        TempData["Saved"] = $"{RegisterWords.Name(kind.Value)}: {held.Units(quantity)} of lot {held.Lot.Number} from {held.Location.Name}.";
        return RedirectToPage("Index");
    }

    /// <summary>What each kind of entry must say, beside its quantity.</summary>
    private IEnumerable<(string Field, string? Value, string Missing)> Required(RegisterEntryKind? kind) => kind switch
    {
        RegisterEntryKind.Waste => [("Reason", Take.Reason, "Say why it was wasted, e.g. the rest of an opened vial.")],
        RegisterEntryKind.Return => [("SupplierName", Take.SupplierName, "Name the supplier it went back to.")],
        RegisterEntryKind.Destruction => [("WitnessName", Take.WitnessName, "Name the witness to the destruction."), ("WitnessAuthority", Take.WitnessAuthority, "Give the witness's authority, e.g. controlled drugs liaison officer.")],
        RegisterEntryKind.Loss => [("Reason", Take.Reason, "Say what happened."), ("ReportReference", Take.ReportReference, "Give the reference of the report made (in the US, the DEA Form 106).")],
        _ => [],
    };

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public sealed class TakeInput
    {
        /// <summary>Made when the form is shown, so the same form posted twice records one entry.</summary>
        public Guid EntryId { get; set; }

        public RegisterEntryKind? Kind { get; set; }
        public string? Quantity { get; set; }

        [StringLength(RegisterEntry.MaxTextLength, ErrorMessage = "Keep it under 300 characters.")]
        public string? Reason { get; set; }

        /// <summary>The witness to a destruction, by name: in the UK an authorised witness, who may have no login.</summary>
        [StringLength(RegisterEntry.MaxTextLength, ErrorMessage = "Keep it under 300 characters.")]
        public string? WitnessName { get; set; }

        /// <summary>The witness to a waste: another member of staff, confirming with their own password.</summary>
        public WitnessInput Witness { get; set; } = new();

        [StringLength(RegisterEntry.MaxTextLength, ErrorMessage = "Keep it under 300 characters.")]
        public string? WitnessAuthority { get; set; }

        [StringLength(RegisterEntry.MaxReferenceLength, ErrorMessage = "Keep it under 80 characters.")]
        public string? ReportReference { get; set; }

        [StringLength(RegisterEntry.MaxTextLength, ErrorMessage = "Keep it under 300 characters.")]
        public string? SupplierName { get; set; }
    }
}
