using Tandem.Core.Audit;
using Tandem.Core.Practices;
using Tandem.Core.Register;
using Tandem.Data;
using Tandem.Data.Audit;

namespace Tandem.Web.Demo;

/// <summary>
/// The demo practice's register: two products, three lots (one near its expiry), receipts from two suppliers, a transfer
/// from the office safe to the dosing room, one witnessed waste, and a weekly count of both safes that found one troche
/// missing, resolved by the prescriber's adjusting entry; each balance worked out entry by entry.
/// </summary>
internal sealed class DemoRegister(TandemDbContext db, AuditLog audit, Practice practice, DateTime now)
{
    private const string Riverside = "Riverside Compounding Pharmacy";
    private const string Midwest = "Midwest Medical Supply";

    private readonly Dictionary<(Guid Lot, Guid Location), long> balances = [];
    private readonly List<RegisterEntry> entries = [];
    private readonly List<StockCount> counts = [];

    public async Task StockAsync(Guid maya, string witness)
    {
        var troche = Product("Ketamine HCl troche 100 mg", DosageForm.Troche, 100);
        var vial = Product("Ketamine HCl injection 50 mg/mL", DosageForm.Vial, 50);
        var office = Location("Main office safe");
        var willow = Location("Willow room safe");
        var today = DateOnly.FromDateTime(now);
        var nearExpiry = Lot(troche, "K1987", today.AddDays(20));
        var troches = Lot(troche, "K2231", today.AddMonths(10));
        var vials = Lot(vial, "V0457", today.AddMonths(14));

        Receipt(maya, nearExpiry, office, 30, daysAgo: 40, Riverside, "12 Mill Lane, Portland OR 97201", "FR1234563", "INV-0031");
        Receipt(maya, troches, office, 60, daysAgo: 25, Riverside, "12 Mill Lane, Portland OR 97201", "FR1234563", "INV-0042");
        Receipt(maya, vials, office, 20, daysAgo: 25, Midwest, "400 Commerce Drive, Columbus OH 43219", "RM0314790", "MMS-88120");
        var transfer = Entry(maya, RegisterEntryKind.TransferOut, nearExpiry, office, -10, daysAgo: 20);
        transfer.OtherLocationId = willow.Id;
        Entry(maya, RegisterEntryKind.TransferIn, nearExpiry, willow, 10, daysAgo: 20).OtherLocationId = office.Id;
        var waste = Entry(maya, RegisterEntryKind.Waste, nearExpiry, willow, -0.5m, daysAgo: 12);
        (waste.Reason, waste.WitnessName) = ("Half a troche left after a 150 mg dose", witness);
        var missing = WeeklyCount(maya, office, witness, daysAgo: 6, (troches, -1m, "One troche missing from the K2231 box"));
        WeeklyCount(maya, willow, witness, daysAgo: 6);
        var adjustment = Entry(maya, RegisterEntryKind.CountAdjustment, troches, office, -1, daysAgo: 5);
        (adjustment.CountLineId, adjustment.Reason, adjustment.WitnessName) = (missing!.Id, "Not found after a search of the safe; reported to the accountable officer", witness);
        db.RegisterSettings.Add(new RegisterSettings { PracticeId = practice.Id, RequiredCounts = CountKind.Weekly });

        db.StockBalances.AddRange(balances.Select(b => new StockBalance { PracticeId = practice.Id, LotId = b.Key.Lot, LocationId = b.Key.Location, Balance = b.Value }));
        db.RegisterEntries.AddRange(entries);
        foreach (var e in entries)
        {
            var code = e.Kind switch
            {
                RegisterEntryKind.Receipt => AuditCode.StockReceipt_Recorded,
                RegisterEntryKind.Waste => AuditCode.StockWaste_Recorded,
                RegisterEntryKind.CountAdjustment => AuditCode.CountAdjustment_Recorded,
                _ => AuditCode.StockTransfer_Recorded,
            };
            await audit.AppendAsync(new AuditEntry(code, practice.Id, maya, null, nameof(RegisterEntry), e.Id.ToString()));
        }

        foreach (var count in counts)
        {
            await audit.AppendAsync(new AuditEntry(AuditCode.StockCount_Recorded, practice.Id, maya, null, nameof(StockCount), count.Id.ToString()));
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// A weekly count of every lot held at the location, each found as the book has it but for the one difference given;
    /// returns that difference's line.
    /// </summary>
    private StockCountLine? WeeklyCount(Guid maya, StorageLocation location, string witness, int daysAgo, (StockLot Lot, decimal Units, string Reason)? difference = null)
    {
        var count = new StockCount
        {
            PracticeId = practice.Id, Kind = CountKind.Weekly, LocationId = location.Id, CountedOn = DateOnly.FromDateTime(now).AddDays(-daysAgo),
            CountedAt = now.AddDays(-daysAgo), CountedById = maya, WitnessName = difference is null ? null : witness,
        };
        counts.Add(count);
        db.StockCounts.Add(count);
        StockCountLine? differs = null;
        foreach (var ((lotId, _), book) in balances.Where(b => b.Key.Location == location.Id && b.Value > 0))
        {
            var line = new StockCountLine { PracticeId = practice.Id, CountId = count.Id, LotId = lotId, LocationId = location.Id, Found = book, BookBalance = book };
            if (difference is { } d && d.Lot.Id == lotId)
            {
                (line.Found, line.Reason, differs) = (book + StockQuantity.Thousandths(d.Units), d.Reason, line);
            }

            db.StockCountLines.Add(line);
        }

        return differs;
    }

    private StockProduct Product(string name, DosageForm form, decimal mgPerUnit)
    {
        var product = new StockProduct { PracticeId = practice.Id, Name = name, Form = form, MgPerUnit = mgPerUnit };
        db.StockProducts.Add(product);
        return product;
    }

    private StorageLocation Location(string name)
    {
        var location = new StorageLocation { PracticeId = practice.Id, Name = name };
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
        var e = Entry(maya, RegisterEntryKind.Receipt, lot, location, units, daysAgo);
        (e.SupplierName, e.SupplierAddress, e.SupplierRegistration, e.InvoiceNumber) = (supplier, address, registration, invoice);
    }

    /// <summary>An entry as the register writes it, its balance after carried on from the one before at that lot and location.</summary>
    private RegisterEntry Entry(Guid maya, RegisterEntryKind kind, StockLot lot, StorageLocation location, decimal units, int daysAgo)
    {
        var change = StockQuantity.Thousandths(units);
        var after = StockLedger.After(balances.GetValueOrDefault((lot.Id, location.Id)), change)
            ?? throw new InvalidOperationException($"The demo register would take lot {lot.Number} below zero.");
        balances[(lot.Id, location.Id)] = after;
        var entry = new RegisterEntry
        {
            PracticeId = practice.Id, Kind = kind, LotId = lot.Id, LocationId = location.Id, Change = change, BalanceAfter = after,
            OccurredOn = DateOnly.FromDateTime(now).AddDays(-daysAgo), RecordedAt = now.AddDays(-daysAgo).AddMinutes(entries.Count), RecordedById = maya,
        };
        entries.Add(entry);
        return entry;
    }
}
