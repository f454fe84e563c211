using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Register;
using Tandem.Data;
using Tandem.Web.Pages.Register;

namespace Tandem.Web.Pages.Dosing;

/// <summary>What a save of a dosing record wrote to the register, or why it could not.</summary>
public sealed record Drawn(IReadOnlyList<RegisterEntry> Entries, string? Problem)
{
    public static readonly Drawn Nothing = new([], null);

    public IEnumerable<(AuditCode Code, string EntityType, Guid EntityId, Guid? ClientId)> Audit =>
        Entries.Select(e => (StockBook.CodeFor(e.Kind), nameof(RegisterEntry), e.Id, e.ClientId));
}

/// <summary>
/// Writes what a dosing record gives to the register, in the record's own transaction: each balance moves by the
/// database's conditional update, and the entries are saved with the record, so both are kept or neither (decision 0018).
/// </summary>
public sealed class StockDraws(TandemDbContext db, StockBook book)
{
    /// <summary>Brings the register to what the record gives now from <paramref name="from"/>; the entries are added, not saved.</summary>
    public async Task<Drawn> DrawAsync(DosingSheet sheet, DosingPerson person, StockOption? from)
    {
        var r = person.Record;
        var given = new Dictionary<DosePart, long>();
        if (from is not null)
        {
            foreach (var (part, mg) in new[] { (DosePart.Dose, r.DoseMg), (DosePart.Booster, r.BoosterMg) })
            {
                if (mg is { } amount)
                {
                    given[part] = DoseDraws.Thousandths(amount, from.Product);
                }
            }
        }

        var entries = new List<RegisterEntry>();
        foreach (var move in DoseDraws.Reconcile(sheet.Stock.For(r).Entries, from?.Holding, given))
        {
            var held = sheet.Stock.Held.First(o => o.Holding == move.Holding);
            if (await book.MoveAsync(held.BalanceId, move.Change) is not { } after)
            {
                return new Drawn([], $"Only {RegisterWords.Units(held.Balance, held.Product.Form)} of lot {held.Lot.Number} are in {held.Location}: "
                    + $"{person.FirstName}'s dose needs {RegisterWords.Units(-move.Change, held.Product.Form)}.");
            }

            var entry = await book.EntryAsync(Guid.Empty, move.Kind, move.Holding.LotId, move.Holding.LocationId, move.Change, after);
            (entry.OccurredOn, entry.DosingRecordId, entry.ClientId, entry.Part, entry.CorrectsEntryId) = (sheet.Session.Date, r.Id, person.ClientId, move.Part, move.CorrectsEntryId);
            entry.Reason = move.Kind == RegisterEntryKind.Correction ? "The dosing record was changed before it was signed" : null;
            entries.Add(entry);
        }

        if (entries.Count > 0)
        {
            await NumberAsync(r.PracticeId, person.ClientId);
        }

        db.RegisterEntries.AddRange(entries);
        return new Drawn(entries, null);
    }

    /// <summary>Records the rest of the opened unit as wasted, before a witness; the entry is added, not saved.</summary>
    public async Task<Drawn> WasteAsync(DosingSheet sheet, DosingPerson person, string reason, ConfirmedWitness witness)
    {
        var stock = sheet.Stock.For(person.Record);
        if (stock.Rest == 0 || stock.From is not { } from)
        {
            return new Drawn([], $"Nothing is left of an opened unit for {person.FirstName}.");
        }

        if (await book.MoveAsync(from.BalanceId, -stock.Rest) is not { } after)
        {
            return new Drawn([], $"Lot {from.Lot.Number} in {from.Location} does not hold {stock.Units(stock.Rest)} any more: count the safe and correct the register.");
        }

        var entry = await book.EntryAsync(Guid.Empty, RegisterEntryKind.Waste, from.Holding.LotId, from.Holding.LocationId, -stock.Rest, after);
        (entry.OccurredOn, entry.DosingRecordId, entry.Reason, entry.WitnessName, entry.WitnessId) = (sheet.Session.Date, person.Record.Id, reason, witness.Name, witness.Id);
        db.RegisterEntries.Add(entry);
        return new Drawn([entry], null);
    }

    /// <summary>Gives a person the register's next number the first time they are given ketamine.</summary>
    private async Task NumberAsync(Guid practiceId, Guid clientId)
    {
        if (await db.RegisterReferences.AnyAsync(x => x.PracticeId == practiceId && x.ClientId == clientId))
        {
            return;
        }

        var last = await db.RegisterReferences.Where(x => x.PracticeId == practiceId).MaxAsync(x => (int?)x.Number) ?? 0;
        db.RegisterReferences.Add(new RegisterReference { PracticeId = practiceId, ClientId = clientId, Number = last + 1 });
    }
}
