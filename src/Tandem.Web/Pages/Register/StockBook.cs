using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Register;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Register;

/// <summary>
/// Writes to the register: each entry moves its balance by a conditional update in the database, which refuses to take a
/// balance below zero however many requests arrive at once (decision 0017), and is appended with its audit entry.
/// </summary>
public sealed class StockBook(TandemDbContext db, CurrentViewer viewer, ClinicalAudit audit, TimeProvider clock)
{
    private Guid PracticeId => viewer.Value.PracticeId;

    /// <summary>A lot held at a location, as the practice's own forms show it; null when it is not this practice's.</summary>
    public Task<HeldStock?> HeldAsync(Guid balanceId) =>
        (from b in db.StockBalances.AsNoTracking()
         join l in db.StockLots on new { b.PracticeId, Id = b.LotId } equals new { l.PracticeId, l.Id }
         join p in db.StockProducts on new { l.PracticeId, Id = l.ProductId } equals new { p.PracticeId, p.Id }
         join s in db.StorageLocations on new { b.PracticeId, Id = b.LocationId } equals new { s.PracticeId, s.Id }
         where b.Id == balanceId && b.PracticeId == PracticeId
         select new HeldStock(b.Id, b.Balance, l, p, s)).FirstOrDefaultAsync();

    public Task<bool> AlreadyRecordedAsync(Guid entryId) => db.RegisterEntries.AnyAsync(e => e.PracticeId == PracticeId && e.Id == entryId);

    /// <summary>The row holding this lot at this location, made (empty) the first time stock of the lot arrives there.</summary>
    public async Task<Guid> BalanceRowAsync(Guid lotId, Guid locationId)
    {
        var existing = await db.StockBalances.Where(b => b.LotId == lotId && b.LocationId == locationId && b.PracticeId == PracticeId).Select(b => (Guid?)b.Id).FirstOrDefaultAsync();
        if (existing is { } id)
        {
            return id;
        }

        var row = new StockBalance { PracticeId = PracticeId, LotId = lotId, LocationId = locationId };
        db.StockBalances.Add(row);
        await db.SaveChangesAsync();
        db.Entry(row).State = EntityState.Detached;
        return row.Id;
    }

    /// <summary>Moves the balance by <paramref name="change"/> and returns it after, or null when that would go below zero.</summary>
    public async Task<long?> MoveAsync(Guid balanceId, long change)
    {
        var (version, now, practiceId) = (Guid.NewGuid(), clock.GetUtcNow().UtcDateTime, PracticeId);
        var moved = await db.StockBalances
            .Where(b => b.Id == balanceId && b.PracticeId == practiceId && b.Balance + change >= 0)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Balance, b => b.Balance + change).SetProperty(b => b.Version, version).SetProperty(b => b.UpdatedAt, now));
        return moved == 0 ? null : await db.StockBalances.Where(b => b.PracticeId == PracticeId && b.Id == balanceId).Select(b => b.Balance).SingleAsync();
    }

    /// <summary>A new entry by the signed-in prescriber, recorded now, on the practice's today.</summary>
    public async Task<RegisterEntry> EntryAsync(Guid id, RegisterEntryKind kind, Guid lotId, Guid locationId, long change, long balanceAfter) => new()
    {
        Id = id == Guid.Empty ? Guid.CreateVersion7() : id,
        PracticeId = PracticeId,
        Kind = kind,
        LotId = lotId,
        LocationId = locationId,
        Change = change,
        BalanceAfter = balanceAfter,
        OccurredOn = await db.PracticeTodayAsync(PracticeId, clock),
        RecordedAt = clock.GetUtcNow().UtcDateTime,
        RecordedById = viewer.Value.UserId,
    };

    /// <summary>Appends the entries and their audit entries (and their witness's, if any); this saves the unit of work.</summary>
    public Task RecordAsync(AuditCode code, ConfirmedWitness? witness, params RegisterEntry[] entries)
    {
        db.RegisterEntries.AddRange(entries);
        var recorded = entries.Select(e => (code, nameof(RegisterEntry), e.Id, (Guid?)null));
        return audit.SaveAndRecordEachAsync(witness is null ? recorded : [.. recorded, Witnesses.Confirmed(witness)]);
    }

    public static AuditCode CodeFor(RegisterEntryKind kind) => kind switch
    {
        RegisterEntryKind.Receipt => AuditCode.StockReceipt_Recorded,
        RegisterEntryKind.Waste => AuditCode.StockWaste_Recorded,
        RegisterEntryKind.TransferOut or RegisterEntryKind.TransferIn => AuditCode.StockTransfer_Recorded,
        RegisterEntryKind.Return => AuditCode.StockReturn_Recorded,
        RegisterEntryKind.Destruction => AuditCode.StockDestruction_Recorded,
        RegisterEntryKind.Loss => AuditCode.StockLoss_Recorded,
        RegisterEntryKind.Administration => AuditCode.StockAdministration_Recorded,
        RegisterEntryKind.CountAdjustment => AuditCode.CountAdjustment_Recorded,
        _ => AuditCode.RegisterCorrection_Recorded,
    };
}

/// <summary>What a form shows of the stock it takes from.</summary>
public sealed record HeldStock(Guid BalanceId, long Balance, StockLot Lot, StockProduct Product, StorageLocation Location)
{
    public string Units(long thousandths) => RegisterWords.Units(thousandths, Product.Form);

    public string TooMuch => $"Only {Units(Balance)} of lot {Lot.Number} are in {Location.Name}.";
}
