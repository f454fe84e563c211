using Microsoft.EntityFrameworkCore;
using Tandem.Core.Practices;
using Tandem.Core.Treatment;
using Tandem.Data;

namespace Tandem.Web.Pages.Settings;

/// <summary>A practice's own settings, read where they apply; a practice that has not set one gets DOMAIN.md's default.</summary>
public sealed class PracticeSettings(TandemDbContext db)
{
    /// <summary>The newest version of the practice's protocol.</summary>
    public async Task<ProtocolSettings> ProtocolAsync(Guid practiceId) =>
        await db.PracticeProtocols.AsNoTracking()
            .Where(p => p.PracticeId == practiceId)
            .OrderByDescending(p => p.Number)
            .Select(p => p.Settings)
            .FirstOrDefaultAsync() ?? new ProtocolSettings();

    /// <summary>The newest version and the versions numbered, for records judged by the version of their day.</summary>
    public async Task<(ProtocolInForce Current, IReadOnlyList<ProtocolInForce> Numbered)> ProtocolVersionsAsync(Guid practiceId, IReadOnlyCollection<int> numbers)
    {
        var versions = await db.PracticeProtocols.AsNoTracking()
            .Where(p => p.PracticeId == practiceId
                && (numbers.Contains(p.Number) || p.Number == db.PracticeProtocols.Where(q => q.PracticeId == practiceId).Max(q => q.Number)))
            .Select(p => new ProtocolInForce(p.Number, p.Settings, p.CreatedAt))
            .ToListAsync();
        IReadOnlyList<ProtocolInForce> all = [ProtocolInForce.Defaults, .. versions];
        return (all.MaxBy(v => v.Number)!, all);
    }

    public async Task<PracticeTexts> TextsAsync(Guid practiceId) =>
        await db.PracticeTexts.AsNoTracking().FirstOrDefaultAsync(t => t.PracticeId == practiceId)
            ?? new PracticeTexts { PracticeId = practiceId };
}
