using Microsoft.EntityFrameworkCore;
using Tandem.Core.Treatment;
using Tandem.Data;

namespace Tandem.Web.Pages.Series;

/// <summary>A series the case has run before its current one, shown read-only with a link to each session's record.</summary>
public sealed record EarlierSeries(DateOnly StartDate, int DosesPerPerson, IReadOnlyList<EarlierSeries.Session> Sessions)
{
    public sealed record Session(Guid Id, PlannedSession Planned, RecordState State);

    public static async Task<List<EarlierSeries>> LoadAsync(TandemDbContext db, Guid practiceId, IReadOnlyList<Guid> ids, IReadOnlyDictionary<Guid, RecordState> states)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var series = await db.Series.AsNoTracking().Include(s => s.Sessions).Where(s => s.PracticeId == practiceId && ids.Contains(s.Id)).ToListAsync();
        return [.. series.OrderByDescending(s => s.CreatedAt).Select(s => new EarlierSeries(s.StartDate, s.DosesPerPerson, [.. s.Sessions
            .OrderBy(x => x.Date).ThenBy(x => x.IsDosingKind() ? 0 : 1).ThenBy(x => x.Number)
            .Select(x => new Session(x.Id, x.ToPlanned(), states.GetValueOrDefault(x.Id, RecordState.NotStarted)))]))];
    }

    /// <summary>The state of each session's record in the case, by session id, whichever series it belongs to.</summary>
    public static async Task<Dictionary<Guid, RecordState>> RecordStatesAsync(TandemDbContext db, Guid practiceId, Guid caseId)
    {
        var dosing = await db.DosingSessions.AsNoTracking().Where(d => d.PracticeId == practiceId && d.CaseId == caseId).Select(d => new { d.SeriesSessionId, d.SignedAt }).ToListAsync();
        var integration = await db.IntegrationSessions.AsNoTracking().Where(i => i.PracticeId == practiceId && i.CaseId == caseId).Select(i => new { i.SeriesSessionId, i.SignedAt }).ToListAsync();
        return dosing.Concat(integration).ToDictionary(r => r.SeriesSessionId, r => r.SignedAt is null ? RecordState.Draft : RecordState.Signed);
    }
}
