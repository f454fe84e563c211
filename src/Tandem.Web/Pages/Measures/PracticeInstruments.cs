using Microsoft.EntityFrameworkCore;
using Tandem.Core.Measures;
using Tandem.Data;

namespace Tandem.Web.Pages.Measures;

/// <summary>The instruments as a practice classifies change: fixed thresholds where published, its own reference values elsewhere.</summary>
public sealed class PracticeInstruments(TandemDbContext db)
{
    public async Task<IReadOnlyList<Instrument>> AllAsync(Guid practiceId) =>
        With(await db.MeasureReferences.AsNoTracking().Where(r => r.PracticeId == practiceId).ToListAsync());

    /// <summary>Every instrument, each with the practice's reference values for it when there are some.</summary>
    public static IReadOnlyList<Instrument> With(IEnumerable<MeasureReference> references)
    {
        var values = references.ToDictionary(r => r.InstrumentCode, r => r.ToValues());
        return [.. Instruments.All.Select(i => values.TryGetValue(i.Code, out var v) ? i.With(v) : i)];
    }
}
