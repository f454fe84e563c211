using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Practices;
using Tandem.Core.Register;
using Tandem.Data;
using Tandem.Data.Audit;
using Tandem.Web.Pages.Register;

namespace Tandem.Web.Demo;

/// <summary>
/// The demo practice's register: two products, three lots (one near its expiry), receipts from two suppliers, a transfer
/// from the office safe to the Willow room's safe, one witnessed waste, every dose the demo couple was given drawn from
/// the Willow room's safe, and a weekly count of both safes that found one troche missing, resolved by the prescriber's
/// adjusting entry; each balance worked out entry by entry in the order they happened.
/// </summary>
internal sealed class DemoRegister(TandemDbContext db, AuditLog audit, Practice practice, DateTime now)
{
    private const string Riverside = "Riverside Compounding Pharmacy";
    private const string Midwest = "Midwest Medical Supply";

    private readonly List<RegisterEntry> entries = [];
    private readonly List<(StockCount Count, Guid? MissingLine, StockLot? Lot, string? Reason)> counts = [];
    private StockProduct troche = null!;
    private StockLot dosingLot = null!;
    private StorageLocation willow = null!;

    public async Task StockAsync(Guid maya, (Guid Id, string Name) witness)
    {
        troche = Product("Ketamine HCl troche 100 mg", DosageForm.Troche, 100);
        var vial = Product("Ketamine HCl injection 50 mg/mL", DosageForm.Vial, 50);
        var office = Location("Main office safe", room: null);
        willow = Location("Willow room safe", await db.Rooms.Where(r => r.PracticeId == practice.Id && r.Name == "Willow room").Select(r => (Guid?)r.Id).FirstAsync());
        var today = DateOnly.FromDateTime(now);
        dosingLot = Lot(troche, "K1987", today.AddDays(20));
        var troches = Lot(troche, "K2231", today.AddMonths(10));
        var vials = Lot(vial, "V0457", today.AddMonths(14));

        Receipt(maya, dosingLot, office, 30, daysAgo: 40, Riverside, "12 Mill Lane, Portland OR 97201", "FR1234563", "INV-0031");
        Receipt(maya, troches, office, 100, daysAgo: 25, Riverside, "12 Mill Lane, Portland OR 97201", "FR1234563", "INV-0042");
        Receipt(maya, vials, office, 20, daysAgo: 25, Midwest, "400 Commerce Drive, Columbus OH 43219", "RM0314790", "MMS-88120");
        Entry(maya, RegisterEntryKind.TransferOut, dosingLot, office, -20, now.AddDays(-38)).OtherLocationId = willow.Id;
        Entry(maya, RegisterEntryKind.TransferIn, dosingLot, willow, 20, now.AddDays(-38)).OtherLocationId = office.Id;
        var waste = Entry(maya, RegisterEntryKind.Waste, dosingLot, willow, -0.5m, now.AddDays(-12));
        (waste.Reason, waste.WitnessId, waste.WitnessName) = ("Half a troche crumbled while it was cut", witness.Id, witness.Name);

        var missing = Guid.CreateVersion7();
        WeeklyCount(maya, office, witness, daysAgo: 6, (missing, troches, "One troche missing from the K2231 box"));
        WeeklyCount(maya, willow, witness, daysAgo: 6, null);
        var adjustment = Entry(maya, RegisterEntryKind.CountAdjustment, troches, office, -1, now.AddDays(-5));
        (adjustment.CountLineId, adjustment.Reason, adjustment.WitnessId, adjustment.WitnessName) = (missing, "Not found after a search of the safe; reported to the accountable officer", witness.Id, witness.Name);
        db.RegisterSettings.Add(new RegisterSettings { PracticeId = practice.Id, RequiredCounts = CountKind.Weekly });
    }

    /// <summary>Every dose given in the demo practice, drawn from the Willow room's safe when it was given.</summary>
    public async Task GiveAsync()
    {
        var doses = await (from r in db.DosingRecords
                           join s in db.DosingSessions on new { r.PracticeId, Id = r.DosingSessionId } equals new { s.PracticeId, s.Id }
                           where r.PracticeId == practice.Id && r.GivenAt != null && r.DoseMg != null
                           select new { r.Id, r.ClientId, r.DoseMg, GivenAt = r.GivenAt!.Value, s.SignedById }).ToListAsync();
        foreach (var dose in doses.OrderBy(d => d.GivenAt).ThenBy(d => d.Id))
        {
            var given = Entry(dose.SignedById!.Value, RegisterEntryKind.Administration, dosingLot, willow, -troche.UnitsFor(dose.DoseMg!.Value), dose.GivenAt);
            (given.DosingRecordId, given.ClientId, given.Part) = (dose.Id, dose.ClientId, DosePart.Dose);
            if (!db.RegisterReferences.Local.Any(x => x.ClientId == dose.ClientId))
            {
                db.RegisterReferences.Add(new RegisterReference { PracticeId = practice.Id, ClientId = dose.ClientId, Number = db.RegisterReferences.Local.Count + 1 });
            }
        }
    }

    /// <summary>Works out each entry's balance after it, in the order the entries happened, and saves them with their audit entries.</summary>
    public async Task SaveAsync()
    {
        var balances = new Dictionary<(Guid Lot, Guid Location), long>();
        foreach (var e in entries.OrderBy(e => e.RecordedAt))
        {
            e.BalanceAfter = StockLedger.After(balances.GetValueOrDefault((e.LotId, e.LocationId)), e.Change)
                ?? throw new InvalidOperationException($"The demo register would take a lot below zero on {e.OccurredOn}.");
            balances[(e.LotId, e.LocationId)] = e.BalanceAfter;
        }

        foreach (var (count, missingLine, lot, reason) in counts)
        {
            CountLines(count, missingLine, lot, reason);
        }

        db.StockBalances.AddRange(balances.Select(b => new StockBalance { PracticeId = practice.Id, LotId = b.Key.Lot, LocationId = b.Key.Location, Balance = b.Value }));
        db.RegisterEntries.AddRange(entries);
        foreach (var e in entries.OrderBy(e => e.RecordedAt))
        {
            await audit.SaveWithAsync(new AuditEntry(StockBook.CodeFor(e.Kind), practice.Id, e.RecordedById, e.ClientId, nameof(RegisterEntry), e.Id.ToString()));
        }

        foreach (var (count, _, _, _) in counts)
        {
            await audit.SaveWithAsync(new AuditEntry(AuditCode.StockCount_Recorded, practice.Id, count.CountedById, null, nameof(StockCount), count.Id.ToString()));
        }

        await db.SaveChangesAsync();
    }

    private void WeeklyCount(Guid maya, StorageLocation location, (Guid Id, string Name) witness, int daysAgo, (Guid Line, StockLot Lot, string Reason)? missing)
    {
        var count = new StockCount
        {
            PracticeId = practice.Id, Kind = CountKind.Weekly, LocationId = location.Id, CountedOn = DateOnly.FromDateTime(now).AddDays(-daysAgo),
            CountedAt = now.AddDays(-daysAgo), CountedById = maya,
            WitnessId = missing is null ? null : witness.Id, WitnessName = missing is null ? null : witness.Name,
        };
        db.StockCounts.Add(count);
        counts.Add((count, missing?.Line, missing?.Lot, missing?.Reason));
    }

    /// <summary>Every lot the book held at the location when it was counted, found as the book had it but for one troche missing.</summary>
    private void CountLines(StockCount count, Guid? missingLine, StockLot? missingLot, string? reason)
    {
        var book = entries.Where(e => e.LocationId == count.LocationId && e.RecordedAt < count.CountedAt).GroupBy(e => e.LotId)
            .Select(g => (Lot: g.Key, Balance: g.MaxBy(e => e.RecordedAt)!.BalanceAfter)).Where(b => b.Balance > 0);
        foreach (var (lot, balance) in book)
        {
            var line = new StockCountLine { PracticeId = practice.Id, CountId = count.Id, LotId = lot, LocationId = count.LocationId, Found = balance, BookBalance = balance };
            if (lot == missingLot?.Id)
            {
                (line.Id, line.Found, line.Reason) = (missingLine!.Value, balance - StockQuantity.PerUnit, reason);
            }

            db.StockCountLines.Add(line);
        }
    }

    private StockProduct Product(string name, DosageForm form, decimal mgPerUnit)
    {
        var product = new StockProduct { PracticeId = practice.Id, Name = name, Form = form, MgPerUnit = mgPerUnit };
        db.StockProducts.Add(product);
        return product;
    }

    private StorageLocation Location(string name, Guid? room)
    {
        var location = new StorageLocation { PracticeId = practice.Id, Name = name, RoomId = room };
        db.StorageLocations.Add(location);
        return location;
    }

    private StockLot Lot(StockProduct product, string number, DateOnly expiresOn)
    {
        var lot = new StockLot { PracticeId = practice.Id, ProductId = product.Id, Number = number, ExpiresOn = expiresOn };
        db.StockLots.Add(lot);
        return lot;
    }

    private void Receipt(Guid maya, StockLot lot, StorageLocation location, decimal units, int daysAgo, string supplier, string address, string registration, string invoice)
    {
        var e = Entry(maya, RegisterEntryKind.Receipt, lot, location, units, now.AddDays(-daysAgo));
        (e.SupplierName, e.SupplierAddress, e.SupplierRegistration, e.InvoiceNumber) = (supplier, address, registration, invoice);
    }

    private RegisterEntry Entry(Guid by, RegisterEntryKind kind, StockLot lot, StorageLocation location, decimal units, DateTime at)
    {
        var entry = new RegisterEntry
        {
            PracticeId = practice.Id, Kind = kind, LotId = lot.Id, LocationId = location.Id, Change = StockQuantity.Thousandths(units),
            OccurredOn = DateOnly.FromDateTime(at), RecordedAt = at.AddMilliseconds(entries.Count), RecordedById = by,
        };
        entries.Add(entry);
        return entry;
    }
}
