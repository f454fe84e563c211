using System.ComponentModel.DataAnnotations;
using System.Globalization;
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
/// A count of one location: what was found of every lot held there, beside its book balance. A difference needs a reason
/// and a witness; the book balance stands, flagged, until a prescriber resolves it with an adjusting entry.
/// </summary>
public sealed class CountModel(TandemDbContext db, CurrentViewer viewer, ClinicalAudit audit, Witnesses witnesses, TimeProvider clock) : PageModel
{
    public StorageLocation Location { get; private set; } = null!;
    public IReadOnlyList<HeldStock> Lots { get; private set; } = [];
    public CountKind Required { get; private set; }
    public CountInput Count { get; private set; } = new();
    public IReadOnlyList<(Guid Id, string Name)> Staff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var kind = CountSchedule.Each.FirstOrDefault(k => Required.HasFlag(k), CountKind.Weekly);
        Count = new CountInput { CountId = Guid.CreateVersion7(), Kind = kind, Book = Lots.ToDictionary(l => l.BalanceId, l => l.Balance) };
        return Page();
    }

    public async Task<IActionResult> OnPostRecordAsync(Guid id, CountInput count)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Count = count;
        var refusals = new Refusals();
        if (count.Kind is not { } kind || !CountSchedule.Each.Contains(kind))
        {
            refusals.Add("Count.Kind", "Choose the kind of count: daily, weekly or the biennial inventory.");
        }

        if (Lots.Count == 0)
        {
            refusals.Add("", $"No stock is held in {Location.Name}: there is nothing to count.");
        }

        var lines = new List<StockCountLine>();
        foreach (var lot in Lots)
        {
            if (count.Book.GetValueOrDefault(lot.BalanceId) != lot.Balance)
            {
                refusals.Add("", $"The book balance of lot {lot.Lot.Number} changed since you opened the count (it is now {lot.Units(lot.Balance)}): count it again.");
            }

            if (Found(count.Found.GetValueOrDefault(lot.BalanceId), lot, refusals) is not { } found)
            {
                continue;
            }

            var reason = count.Reason.GetValueOrDefault(lot.BalanceId)?.Trim();
            if (found != lot.Balance && string.IsNullOrEmpty(reason))
            {
                refusals.Add($"Count.Reason[{lot.BalanceId}]", $"Say why lot {lot.Lot.Number} differs from the book.");
            }
            else if (reason?.Length > RegisterEntry.MaxTextLength)
            {
                refusals.Add($"Count.Reason[{lot.BalanceId}]", "Keep it under 300 characters.");
            }

            lines.Add(new StockCountLine
            {
                PracticeId = Location.PracticeId, CountId = count.CountId, LotId = lot.Lot.Id, LocationId = Location.Id, Found = found, BookBalance = lot.Balance,
                Reason = found == lot.Balance || string.IsNullOrEmpty(reason) ? null : reason,
            });
        }

        var witness = lines.Any(l => l.Difference != 0) ? await witnesses.ConfirmAsync(count.Witness, refusals, "Count.Witness") : null;
        if (await db.StockCounts.AnyAsync(c => c.PracticeId == viewer.Value.PracticeId && c.Id == count.CountId))
        {
            refusals.Add("", "This count is already recorded.");
        }

        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            return Page();
        }

        var recorded = new StockCount
        {
            Id = count.CountId, PracticeId = Location.PracticeId, Kind = count.Kind!.Value, LocationId = Location.Id,
            CountedOn = await db.PracticeTodayAsync(Location.PracticeId, clock), CountedAt = clock.GetUtcNow().UtcDateTime, CountedById = viewer.Value.UserId,
            WitnessName = witness?.Name, WitnessId = witness?.Id,
        };
        db.StockCounts.Add(recorded);
        db.StockCountLines.AddRange(lines);
        var audited = (AuditCode.StockCount_Recorded, nameof(StockCount), recorded.Id, (Guid?)null);
        await audit.SaveAndRecordEachAsync(witness is null ? [audited] : [audited, Witnesses.Confirmed(witness)]);
        var differences = lines.Count(l => l.Difference != 0);
        TempData["Saved"] = differences == 0
            ? $"{recorded.Kind.Name()} of {Location.Name} recorded: every lot agrees with the book."
            : $"{recorded.Kind.Name()} of {Location.Name} recorded with {differences} difference{(differences == 1 ? "" : "s")} from the book, flagged until a prescriber resolves {(differences == 1 ? "it" : "them")}.";
        return RedirectToPage("Index");
    }

    /// <summary>What was found of the lot, in thousandths, or null with a message beside its field. Finding none is a count too.</summary>
    private static long? Found(string? text, HeldStock lot, Refusals refusals)
    {
        var field = $"Count.Found[{lot.BalanceId}]";
        var unit = lot.Product.Form.Unit();
        const NumberStyles Plain = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowDecimalPoint;
        if (string.IsNullOrWhiteSpace(text))
        {
            refusals.Add(field, $"Enter what was found of lot {lot.Lot.Number}: 0 if none.");
        }
        else if (!decimal.TryParse(text, Plain, CultureInfo.InvariantCulture, out var units) || units > 1_000_000m)
        {
            refusals.Add(field, $"Enter what was found as a number of {unit}{(unit == "mL" ? "" : "s")}, e.g. 12 or 11.5.");
        }
        else if (units * StockQuantity.PerUnit != decimal.Truncate(units * StockQuantity.PerUnit))
        {
            refusals.Add(field, "Give the quantity to at most three decimal places.");
        }
        else
        {
            return StockQuantity.Thousandths(units);
        }

        return null;
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var practiceId = viewer.Value.PracticeId;
        if (await db.StorageLocations.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id && l.PracticeId == practiceId) is not { } location)
        {
            return false;
        }

        Location = location;
        Staff = await witnesses.OthersAsync();
        Required = await db.RegisterSettings.Where(s => s.PracticeId == practiceId).Select(s => s.RequiredCounts).FirstOrDefaultAsync();
        var held = await (from b in db.StockBalances.AsNoTracking()
                          join l in db.StockLots on new { b.PracticeId, Id = b.LotId } equals new { l.PracticeId, l.Id }
                          join p in db.StockProducts on new { l.PracticeId, Id = l.ProductId } equals new { p.PracticeId, p.Id }
                          where b.LocationId == id && b.PracticeId == practiceId && b.Balance > 0
                          select new HeldStock(b.Id, b.Balance, l, p, location)).ToListAsync();
        Lots = [.. held.OrderBy(h => h.Product.Name, StringComparer.CurrentCulture).ThenBy(h => h.Lot.ExpiresOn).ThenBy(h => h.Lot.Number, StringComparer.Ordinal)];
        return true;
    }

    public sealed class CountInput
    {
        /// <summary>Made when the form is shown, so the same form posted twice records one count.</summary>
        public Guid CountId { get; set; }

        public CountKind? Kind { get; set; }

        /// <summary>Each lot's book balance as the form showed it, by its balance row: a count is of the book the counter saw.</summary>
        public Dictionary<Guid, long> Book { get; set; } = [];

        public Dictionary<Guid, string?> Found { get; set; } = [];
        public Dictionary<Guid, string?> Reason { get; set; } = [];

        /// <summary>Another member of staff who saw the count, confirming with their own password when anything differs.</summary>
        public WitnessInput Witness { get; set; } = new();
    }
}
