using Microsoft.EntityFrameworkCore;
using Tandem.Core.Register;
using Tandem.Data;

namespace Tandem.Web.Pages.Register;

/// <summary>
/// Where the practice's counts stand: each location holding stock with its last count and the required counts due there,
/// and every difference a count found that no adjusting entry has resolved yet. The register and the dashboard show it.
/// </summary>
public sealed class CountStatus(TandemDbContext db)
{
    public async Task<CountState> OfAsync(Guid practiceId, DateOnly today)
    {
        var required = await db.RegisterSettings.Where(s => s.PracticeId == practiceId).Select(s => (CountKind?)s.RequiredCounts).FirstOrDefaultAsync() ?? CountKind.None;
        var held = await (from b in db.StockBalances
                          join s in db.StorageLocations on new { b.PracticeId, Id = b.LocationId } equals new { s.PracticeId, s.Id }
                          where b.PracticeId == practiceId && b.Balance > 0
                          select new { s.Id, s.Name }).Distinct().ToListAsync();
        var counted = await db.StockCounts.Where(c => c.PracticeId == practiceId)
            .GroupBy(c => new { c.LocationId, c.Kind })
            .Select(g => new { g.Key.LocationId, g.Key.Kind, Last = g.Max(c => c.CountedOn) })
            .ToListAsync();

        var places = held.OrderBy(h => h.Name, StringComparer.CurrentCulture).Select(h =>
        {
            var here = counted.Where(c => c.LocationId == h.Id).ToList();
            DateOnly? LastAnswering(CountKind kind) => here.Where(c => c.Kind.AnswersFor(kind)).Select(c => (DateOnly?)c.Last).Max();
            var due = CountSchedule.Each.Where(k => required.HasFlag(k) && CountSchedule.IsDue(k, LastAnswering(k), today)).ToList();
            return new CountPlace(h.Id, h.Name, here.Select(c => (DateOnly?)c.Last).Max(), due);
        }).ToList();

        var open = await (from l in db.StockCountLines
                          where l.PracticeId == practiceId && l.Found != l.BookBalance && !db.RegisterEntries.Any(e => e.PracticeId == practiceId && e.CountLineId == l.Id)
                          join c in db.StockCounts on new { l.PracticeId, Id = l.CountId } equals new { c.PracticeId, c.Id }
                          join lot in db.StockLots on new { l.PracticeId, Id = l.LotId } equals new { lot.PracticeId, lot.Id }
                          join p in db.StockProducts on new { lot.PracticeId, Id = lot.ProductId } equals new { p.PracticeId, p.Id }
                          join s in db.StorageLocations on new { l.PracticeId, Id = l.LocationId } equals new { s.PracticeId, s.Id }
                          join b in db.StockBalances on new { l.PracticeId, l.LotId, l.LocationId } equals new { b.PracticeId, b.LotId, b.LocationId }
                          select new OpenDifference(l.Id, b.Id, lot.Number, p, s.Name, l.Found, l.BookBalance, c.CountedOn)).ToListAsync();
        return new CountState(places, [.. open.OrderBy(o => o.CountedOn).ThenBy(o => o.Lot, StringComparer.Ordinal)]);
    }
}

public sealed record CountState(IReadOnlyList<CountPlace> Places, IReadOnlyList<OpenDifference> Open)
{
    public bool NeedsAttention => Open.Count > 0 || Places.Any(p => p.Due.Count > 0);

    public OpenDifference? OpenAt(Guid balanceId) => Open.FirstOrDefault(o => o.BalanceId == balanceId);
}

/// <summary>A location holding stock, when it was last counted, and the required counts due there today.</summary>
public sealed record CountPlace(Guid LocationId, string Name, DateOnly? LastCounted, IReadOnlyList<CountKind> Due);

public sealed record OpenDifference(Guid LineId, Guid BalanceId, string Lot, StockProduct Product, string Location, long Found, long Book, DateOnly CountedOn)
{
    public string Describe => $"Count difference open: {RegisterWords.Units(Found, Product.Form)} found against {RegisterWords.Units(Book, Product.Form)} in the book on {RegisterWords.Day(CountedOn)}";
}
