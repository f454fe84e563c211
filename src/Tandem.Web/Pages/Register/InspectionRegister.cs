using Microsoft.EntityFrameworkCore;
using Tandem.Core.Register;
using Tandem.Data;

namespace Tandem.Web.Pages.Register;

/// <summary>
/// The register as an inspector asks for it: the entries of a date range, for one product or one lot if asked, each with
/// what the law wants beside it. The screen, the CSV and the PDF all print these same rows.
/// </summary>
public sealed class InspectionRegister(TandemDbContext db)
{
    public static readonly string[] Header =
        ["Date", "Product", "Lot", "Location", "Entry", "In", "Out", "Balance after", "mg after", "Patient", "Supplier", "Witness", "Report reference", "Details", "Recorded by"];

    /// <summary>The lots the filter may name, each with its product's name, for the form.</summary>
    public async Task<IReadOnlyList<(StockLot Lot, string Product)>> LotsAsync(Guid practiceId) =>
        [.. (await (from l in db.StockLots.AsNoTracking()
                    join p in db.StockProducts on new { l.PracticeId, Id = l.ProductId } equals new { p.PracticeId, p.Id }
                    where l.PracticeId == practiceId
                    select new { l, p.Name }).ToListAsync())
            .OrderBy(x => x.Name).ThenBy(x => x.l.Number).Select(x => (x.l, x.Name))];

    /// <summary>Only the filtered entries are loaded; entries are never summed in SQL, and kept in the order they were written.</summary>
    public async Task<IReadOnlyList<string[]>> RowsAsync(Guid practiceId, DateOnly from, DateOnly to, Guid? productId, Guid? lotId)
    {
        var products = await db.StockProducts.AsNoTracking().Where(p => p.PracticeId == practiceId).ToDictionaryAsync(p => p.Id);
        var lots = await db.StockLots.AsNoTracking()
            .Where(l => l.PracticeId == practiceId && (productId == null || l.ProductId == productId) && (lotId == null || l.Id == lotId))
            .ToDictionaryAsync(l => l.Id);
        var lotIds = lots.Keys.ToList();
        var locations = await db.StorageLocations.AsNoTracking().Where(l => l.PracticeId == practiceId).ToDictionaryAsync(l => l.Id, l => l.Name);
        var entries = (await db.RegisterEntries.AsNoTracking()
                .Where(e => e.PracticeId == practiceId && lotIds.Contains(e.LotId) && e.OccurredOn >= from && e.OccurredOn <= to)
                .ToListAsync())
            .OrderBy(e => e.RecordedAt).ThenBy(e => e.Id).ToList();
        var correctedIds = entries.Where(e => e.CorrectsEntryId != null).Select(e => e.CorrectsEntryId!.Value).Distinct().ToList();
        var corrected = await db.RegisterEntries.AsNoTracking().Where(e => e.PracticeId == practiceId && correctedIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => $"Corrects “{RegisterWords.Name(e.Kind)}” of {RegisterWords.Day(e.OccurredOn)}");
        var staffIds = entries.Select(e => e.RecordedById).Distinct().ToList();
        var staff = await db.Users.AsNoTracking().Where(u => staffIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        var patients = await PatientsAsync(practiceId, [.. entries.Where(e => e.ClientId != null).Select(e => e.ClientId!.Value).Distinct()]);

        return [.. entries.Select(e =>
        {
            var product = products[lots[e.LotId].ProductId];
            return new[]
            {
                RegisterWords.Day(e.OccurredOn), product.Name, lots[e.LotId].Number, locations[e.LocationId], RegisterWords.Name(e.Kind),
                e.Change > 0 ? Quantity(e.Change, product) : "", e.Change < 0 ? Quantity(-e.Change, product) : "",
                RegisterWords.Units(e.BalanceAfter, product.Form), RegisterWords.Mg(e.BalanceAfter, product),
                e.ClientId is { } client ? patients.GetValueOrDefault(client, "") : "", Supplier(e), Witness(e), e.ReportReference ?? "", Details(e, locations, corrected), staff.GetValueOrDefault(e.RecordedById, ""),
            };
        })];
    }

    /// <summary>
    /// Each person given ketamine as the law asks for them: name and address (from their latest submitted intake), with
    /// the register's reference that its pages show instead.
    /// </summary>
    private async Task<Dictionary<Guid, string>> PatientsAsync(Guid practiceId, List<Guid> clientIds)
    {
        var names = await db.Clients.AsNoTracking().Where(c => c.PracticeId == practiceId && clientIds.Contains(c.Id))
            .Select(c => new { c.Id, c.FirstName, c.LastName }).ToListAsync();
        var references = await db.RegisterReferences.AsNoTracking().Where(r => r.PracticeId == practiceId && clientIds.Contains(r.ClientId))
            .ToDictionaryAsync(r => r.ClientId, r => RegisterReference.Text(r.Number));
        var intakes = (await db.IntakeSubmissions.AsNoTracking().Where(s => s.PracticeId == practiceId && clientIds.Contains(s.ClientId))
                .Select(s => new { s.ClientId, s.SubmittedAt, s.AnswersJson }).ToListAsync())
            .GroupBy(s => s.ClientId).ToDictionary(g => g.Key, g => g.MaxBy(s => s.SubmittedAt)!.AnswersJson);
        return names.ToDictionary(c => c.Id, c =>
        {
            var address = Core.Intake.IntakeAnswers.FromJson(intakes.GetValueOrDefault(c.Id)).Address;
            return $"{c.FirstName} {c.LastName}, {(string.IsNullOrWhiteSpace(address) ? "no address given at intake" : address.Trim())} ({references.GetValueOrDefault(c.Id)})";
        });
    }

    /// <summary>In and out have a column each, as in a paper register, so that no value starts with a sign a spreadsheet reads as a formula.</summary>
    private static string Quantity(long thousandths, StockProduct product) => $"{RegisterWords.Units(thousandths, product.Form)} ({RegisterWords.Mg(thousandths, product)})";

    private static string Supplier(RegisterEntry e) => e.Kind switch
    {
        RegisterEntryKind.Receipt => $"{e.SupplierName}, {e.SupplierAddress}; registration {e.SupplierRegistration}; invoice {e.InvoiceNumber}",
        _ => e.SupplierName ?? "",
    };

    private static string Witness(RegisterEntry e) => string.Join(", ", new[] { e.WitnessName, e.WitnessAuthority }.Where(w => !string.IsNullOrWhiteSpace(w)));

    private static string Details(RegisterEntry e, Dictionary<Guid, string> locations, Dictionary<Guid, string> corrected) => e.Kind switch
    {
        RegisterEntryKind.TransferOut => $"To {locations.GetValueOrDefault(e.OtherLocationId ?? Guid.Empty)}",
        RegisterEntryKind.TransferIn => $"From {locations.GetValueOrDefault(e.OtherLocationId ?? Guid.Empty)}",
        RegisterEntryKind.Correction => string.Join(": ", new[] { corrected.GetValueOrDefault(e.CorrectsEntryId ?? Guid.Empty), e.Reason }.Where(t => !string.IsNullOrEmpty(t))),
        _ => e.Reason ?? "",
    };
}
