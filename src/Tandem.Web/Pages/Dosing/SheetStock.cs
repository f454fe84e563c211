using Microsoft.EntityFrameworkCore;
using Tandem.Core.Dosing;
using Tandem.Core.Register;
using Tandem.Core.Treatment;
using Tandem.Data;
using Tandem.Web.Pages.Register;

namespace Tandem.Web.Pages.Dosing;

/// <summary>A lot held at a location, as the dosing page offers it.</summary>
public sealed record StockOption(Guid BalanceId, Holding Holding, StockProduct Product, StockLot Lot, string Location, long Balance)
{
    public string Label => $"Lot {Lot.Number}, {Product.Name}, expires {RegisterWords.Day(Lot.ExpiresOn)}, {Location}: {RegisterWords.Units(Balance, Product.Form)} left";
}

/// <summary>What the register holds for one dosing record: the lot its dose was drawn from and the rest of an opened unit.</summary>
public sealed record RecordStock(IReadOnlyList<DrawnEntry> Entries, StockOption? From)
{
    public static readonly RecordStock Nothing = new([], null);

    /// <summary>Given and wasted from the lot, in thousandths of a unit.</summary>
    public long Drawn => From is null ? 0 : -Entries.Where(e => e.Holding == From.Holding).Sum(e => e.Change);

    public long Given => From is null ? 0 : -Entries.Where(e => e.Holding == From.Holding && e.Kind != RegisterEntryKind.Waste).Sum(e => e.Change);

    public long Wasted => Drawn - Given;

    /// <summary>What is left of an opened troche, lozenge or tablet: to be given or wasted before the record is signed.</summary>
    public long Rest => From is { } f && f.Product.Form.LeavesOpenedRest() ? DoseDraws.OpenedRest(Drawn) : 0;

    public string Units(long thousandths) => From is null ? "" : RegisterWords.Units(thousandths, From.Product.Form);
}

/// <summary>
/// The register's side of a dosing sheet: whether the practice keeps its register here, the lots its room gives from
/// (the room's own safe, else the site's), and what each record has drawn.
/// </summary>
public sealed record SheetStock(bool KeepsRegister, IReadOnlyList<StockOption> Held, IReadOnlyList<StorageLocation> Serving, IReadOnlyDictionary<Guid, RecordStock> Records, DateOnly Day)
{
    public static readonly SheetStock None = new(false, [], [], new Dictionary<Guid, RecordStock>(), default);

    public RecordStock For(DosingRecord record) => Records.GetValueOrDefault(record.Id) ?? RecordStock.Nothing;

    /// <summary>The lots a record may give from: in stock where the room keeps it and in date, and the one it already gives from.</summary>
    public IReadOnlyList<StockOption> OfferedTo(DosingRecord record) =>
        [.. Held.Where(o => Serving.Any(l => l.Id == o.Holding.LocationId) && !o.Lot.IsExpiredOn(Day) && (o.Balance > 0 || o.Holding == For(record).From?.Holding))];

    /// <summary>Why a record cannot give from this lot, if it cannot.</summary>
    public string? Refusal(DosingRecord record, Guid? balanceId)
    {
        var held = Held.FirstOrDefault(o => o.BalanceId == balanceId);
        if (held is null)
        {
            return "Choose the lot the dose was taken from.";
        }

        if (held.Lot.IsExpiredOn(Day))
        {
            return $"Lot {held.Lot.Number} expired on {RegisterWords.Day(held.Lot.ExpiresOn)}: it cannot be given.";
        }

        return OfferedTo(record).Contains(held) ? null : $"Lot {held.Lot.Number} in {held.Location} is not kept for this room: choose a lot from {Places}.";
    }

    public string Places => string.Join(" or ", Serving.Select(l => l.Name));

    /// <summary>Why a person's record cannot be signed as the register stands, if it cannot.</summary>
    public string? SigningProblem(DosingRecord record, string firstName)
    {
        var stock = For(record);
        if (KeepsRegister && (record.DoseMg is not null || record.BoosterMg is not null) && stock.From is null)
        {
            return $"{firstName}: choose the lot the dose was taken from, so that the register shows it.";
        }

        return stock.Rest > 0
            ? $"{firstName}: {stock.Units(stock.Rest)} of an opened {stock.From!.Product.Form.Unit()} of lot {stock.From.Lot.Number} is not accounted for: give it as a booster or record it as witnessed waste."
            : null;
    }
}

/// <summary>Loads a <see cref="SheetStock"/> for a dosing session's records.</summary>
public sealed class SheetStocks(TandemDbContext db)
{
    public async Task<SheetStock> LoadAsync(Guid practiceId, SeriesSession session, IReadOnlyList<DosingRecord> records)
    {
        if (!await db.StockProducts.AnyAsync(p => p.PracticeId == practiceId))
        {
            return SheetStock.None;
        }

        var roomId = await db.Appointments.Where(a => a.PracticeId == practiceId && a.SeriesSessionId == session.Id).Select(a => a.RoomId).FirstOrDefaultAsync();
        var locations = await db.StorageLocations.AsNoTracking().Where(l => l.PracticeId == practiceId).ToListAsync();
        var serving = locations.Where(l => roomId != null && l.RoomId == roomId).ToList() is { Count: > 0 } own ? own : [.. locations.Where(l => l.RoomId == null)];
        var recordIds = records.Select(r => (Guid?)r.Id).ToList();
        var entries = await db.RegisterEntries.AsNoTracking().Where(e => e.PracticeId == practiceId && recordIds.Contains(e.DosingRecordId)).ToListAsync();
        var held = await (from b in db.StockBalances.AsNoTracking()
                          join l in db.StockLots on new { b.PracticeId, Id = b.LotId } equals new { l.PracticeId, l.Id }
                          join p in db.StockProducts on new { l.PracticeId, Id = l.ProductId } equals new { p.PracticeId, p.Id }
                          where b.PracticeId == practiceId
                          select new { b.Id, b.LocationId, b.Balance, Lot = l, Product = p }).ToListAsync();
        var names = locations.ToDictionary(l => l.Id, l => l.Name);
        var options = held
            .Select(h => new StockOption(h.Id, new Holding(h.Lot.Id, h.LocationId), h.Product, h.Lot, names[h.LocationId], h.Balance))
            .OrderBy(o => o.Product.Name).ThenBy(o => o.Lot.ExpiresOn).ThenBy(o => o.Location, StringComparer.Ordinal).ToList();

        var byRecord = records.ToDictionary(r => r.Id, r =>
        {
            var mine = entries.Where(e => e.DosingRecordId == r.Id).OrderBy(e => e.RecordedAt).ThenBy(e => e.Id)
                .Select(e => new DrawnEntry(e.Id, e.Kind, new Holding(e.LotId, e.LocationId), e.Part, e.Change)).ToList();
            var dose = mine.Where(e => e.Part is not null).GroupBy(e => e.Holding).FirstOrDefault(g => g.Sum(e => e.Change) != 0)?.Key;
            return new RecordStock(mine, options.FirstOrDefault(o => o.Holding == dose));
        });
        return new SheetStock(true, options, serving, byRecord, session.Date);
    }
}
