using Microsoft.EntityFrameworkCore;
using Tandem.Core.Measures;
using Tandem.Data;

namespace Tandem.Web.Pages.Measures;

/// <summary>The instruments as a practice classifies change: fixed thresholds where published, its own reference values elsewhere.</summary>
public sealed class PracticeInstruments(TandemDbContext db)
{
    public async Task<IReadOnlyList<Instrument>> AllAsync(Guid practiceId)
    {
        var references = await db.MeasureReferences.AsNoTracking()
            .Where(r => r.PracticeId == practiceId)
            .ToDictionaryAsync(r => r.InstrumentCode, r => r.ToValues());
        return [.. Instruments.All.Select(i => references.TryGetValue(i.Code, out var values) ? i.With(values) : i)];
    }
}
