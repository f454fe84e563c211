namespace Tandem.Core.Register;

/// <summary>Where stock is held: one lot at one location.</summary>
public readonly record struct Holding(Guid LotId, Guid LocationId);

/// <summary>An entry already in the register for one dosing record: an administration, its corrections, or waste.</summary>
public sealed record DrawnEntry(Guid Id, RegisterEntryKind Kind, Holding Holding, DosePart? Part, long Change);

/// <summary>An entry the register must write so that it holds what the dosing record now says was given.</summary>
public sealed record DrawMove(RegisterEntryKind Kind, Holding Holding, DosePart Part, long Change, Guid? CorrectsEntryId);

/// <summary>How a dose recorded in mg draws on stock counted in units (decision 0018).</summary>
public static class DoseDraws
{
    /// <summary>The thousandths of a unit that so many mg take of a product: 150 mg of 100 mg troches is 1.5 troches.</summary>
    public static long Thousandths(decimal mg, StockProduct product) =>
        (long)Math.Round(mg * StockQuantity.PerUnit / product.MgPerUnit, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The entries that bring each part of a record (dose, booster) from what the register holds for it to what is given
    /// now from <paramref name="from"/>: an administration where nothing was drawn yet, otherwise a correction of that
    /// administration by the difference, and a correction back to zero at a lot no longer given from. Stock going back
    /// comes first, so that changing the lot never needs both at once.
    /// </summary>
    public static IReadOnlyList<DrawMove> Reconcile(IReadOnlyList<DrawnEntry> drawn, Holding? from, IReadOnlyDictionary<DosePart, long> given)
    {
        var moves = new List<DrawMove>();
        foreach (var part in Enum.GetValues<DosePart>())
        {
            var wanted = from is null ? 0 : given.GetValueOrDefault(part);
            var held = drawn.Where(e => e.Part == part).GroupBy(e => e.Holding).ToList();
            foreach (var holding in held)
            {
                var target = holding.Key == from ? -wanted : 0;
                var net = holding.Sum(e => e.Change);
                if (net != target && holding.FirstOrDefault(e => e.Kind == RegisterEntryKind.Administration) is { } administration)
                {
                    moves.Add(new DrawMove(RegisterEntryKind.Correction, holding.Key, part, target - net, administration.Id));
                }
            }

            if (from is { } source && wanted > 0 && held.All(h => h.Key != source))
            {
                moves.Add(new DrawMove(RegisterEntryKind.Administration, source, part, -wanted, null));
            }
        }

        return [.. moves.OrderByDescending(m => m.Change)];
    }

    /// <summary>What is left of the last unit opened, once this much has been drawn from whole units (given or wasted).</summary>
    public static long OpenedRest(long drawn) => (StockQuantity.PerUnit - (drawn % StockQuantity.PerUnit)) % StockQuantity.PerUnit;
}
