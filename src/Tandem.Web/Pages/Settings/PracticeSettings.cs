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

    public async Task<PracticeTexts> TextsAsync(Guid practiceId) =>
        await db.PracticeTexts.AsNoTracking().FirstOrDefaultAsync(t => t.PracticeId == practiceId)
            ?? new PracticeTexts { PracticeId = practiceId };
}
