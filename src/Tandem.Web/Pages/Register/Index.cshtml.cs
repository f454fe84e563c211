using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Register;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Register;

/// <summary>
/// The register: what is held of each lot at each location, and one page per product with every entry in date order and
/// the balance after it. It carries no clinical content, so the practice admin reads it too.
/// </summary>
public sealed class IndexModel(TandemDbContext db, CurrentViewer viewer, TimeProvider clock, IAuthorizationService authorization, CountStatus counts) : PageModel
{
    public IReadOnlyList<Holding> Holdings { get; private set; } = [];
    public IReadOnlyList<ProductPage> Pages { get; private set; } = [];
    public bool Records { get; private set; }
    public bool Prescribes { get; private set; }
    public bool Administers { get; private set; }
    public CountState Counts { get; private set; } = new([], []);
    public RegisterWording Wording { get; private set; } = RegisterWording.For(Jurisdiction.UnitedStates);

    public async Task OnGetAsync()
    {
        var practiceId = viewer.Value.PracticeId;
        Records = (await authorization.AuthorizeAsync(User, Policies.RegisterKeeper)).Succeeded;
        Prescribes = (await authorization.AuthorizeAsync(User, Policies.Prescriber)).Succeeded;
        Administers = (await authorization.AuthorizeAsync(User, Policies.PracticeAdmin)).Succeeded;
        var today = await db.PracticeTodayAsync(practiceId, clock);
        Counts = await counts.OfAsync(practiceId, today);
        Wording = await db.RegisterWordingAsync(practiceId);
        var products = await db.StockProducts.AsNoTracking().Where(p => p.PracticeId == practiceId).OrderBy(p => p.Name).ToListAsync();
        var lots = await db.StockLots.AsNoTracking().Where(l => l.PracticeId == practiceId).ToDictionaryAsync(l => l.Id);
        var locations = await db.StorageLocations.AsNoTracking().Where(l => l.PracticeId == practiceId).ToDictionaryAsync(l => l.Id, l => l.Name);
        var balances = await db.StockBalances.AsNoTracking().Where(b => b.PracticeId == practiceId).ToListAsync();
        var entries = await db.RegisterEntries.AsNoTracking().Where(e => e.PracticeId == practiceId).ToListAsync();
        var staffIds = entries.Select(e => e.RecordedById).Distinct().ToList();
        var staff = await db.Users.Where(u => staffIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        var references = await db.RegisterReferences.AsNoTracking().Where(r => r.PracticeId == practiceId).ToDictionaryAsync(r => r.ClientId, r => RegisterReference.Text(r.Number));
        var byId = products.ToDictionary(p => p.Id);

        Holdings = [.. balances
            .Select(b => new Holding(b.Id, byId[lots[b.LotId].ProductId], lots[b.LotId], locations[b.LocationId], b.Balance, lots[b.LotId].IsExpiredOn(today)))
            .OrderBy(h => h.Product.Name).ThenBy(h => h.Lot.ExpiresOn).ThenBy(h => h.Lot.Number).ThenBy(h => h.Location)];
        Pages = [.. products.Select(p => Page(p, entries.Where(e => lots[e.LotId].ProductId == p.Id).OrderBy(e => e.RecordedAt).ThenBy(e => e.Id),
            e => new Line(e, lots[e.LotId].Number, locations[e.LocationId], Detail(e, locations, entries, references), staff.GetValueOrDefault(e.RecordedById, ""), 0)))];
    }

    /// <summary>A product's page: each entry with the product's total after it, across every lot and location, worked out in C#.</summary>
    private static ProductPage Page(StockProduct product, IEnumerable<RegisterEntry> inOrder, Func<RegisterEntry, Line> line)
    {
        var total = 0L;
        var lines = inOrder.Select(e => line(e) with { ProductAfter = total += e.Change }).ToList();
        return new ProductPage(product, lines, total);
    }

    private static string Detail(RegisterEntry e, Dictionary<Guid, string> locations, List<RegisterEntry> entries, Dictionary<Guid, string> references) => e.Kind switch
    {
        RegisterEntryKind.Administration => RegisterWords.Administration(e, references.GetValueOrDefault(e.ClientId ?? Guid.Empty, "")),
        RegisterEntryKind.Receipt => $"From {e.SupplierName}, {e.SupplierAddress} (registration {e.SupplierRegistration}); invoice {e.InvoiceNumber}",
        RegisterEntryKind.Waste => $"{e.Reason}; witnessed by {e.WitnessName}",
        RegisterEntryKind.TransferOut => $"To {locations.GetValueOrDefault(e.OtherLocationId ?? Guid.Empty)}",
        RegisterEntryKind.TransferIn => $"From {locations.GetValueOrDefault(e.OtherLocationId ?? Guid.Empty)}",
        RegisterEntryKind.Return => $"To {e.SupplierName}{(e.Reason is null ? "" : $": {e.Reason}")}",
        RegisterEntryKind.Destruction => $"Witnessed by {e.WitnessName}, {e.WitnessAuthority}",
        RegisterEntryKind.Loss => $"{e.Reason}; report {e.ReportReference}",
        RegisterEntryKind.CountAdjustment => $"To what a count found: {e.Reason}; difference witnessed by {e.WitnessName}",
        _ => entries.FirstOrDefault(c => c.Id == e.CorrectsEntryId) is { } wrong
            ? $"Corrects “{RegisterWords.Name(wrong.Kind)}” of {RegisterWords.Day(wrong.OccurredOn)}: {e.Reason}"
            : e.Reason ?? "",
    };

    public sealed record Holding(Guid BalanceId, StockProduct Product, StockLot Lot, string Location, long Balance, bool Expired);

    public sealed record ProductPage(StockProduct Product, IReadOnlyList<Line> Lines, long Held);

    public sealed record Line(RegisterEntry Entry, string Lot, string Location, string Detail, string RecordedBy, long ProductAfter);
}
