using Microsoft.EntityFrameworkCore;
using Tandem.Core.Treatment;
using Tandem.Data;

namespace Tandem.Web.Pages.Series;

/// <summary>
/// A case holds a series per course of care. The newest planned is the case's current series; the earlier ones are its
/// history, kept as they were.
/// </summary>
public static class CaseSeries
{
    public static IQueryable<DosingSeries> NewestFirst(this IQueryable<DosingSeries> series, Guid practiceId, Guid caseId) =>
        series.Where(s => s.PracticeId == practiceId && s.CaseId == caseId).OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.StartDate);

    /// <summary>
    /// Marks the current plan started however the case reached DosingSeries (the series page or a move by hand), so a
    /// case back in Preparation afterwards plans a new series rather than starting the one that ran again.
    /// </summary>
    public static async Task MarkStartedAsync(this TandemDbContext db, Guid practiceId, Guid caseId, DateTime at)
    {
        if (await db.Series.NewestFirst(practiceId, caseId).FirstOrDefaultAsync() is { StartedAt: null } plan)
        {
            plan.StartedAt = at;
        }
    }
}
