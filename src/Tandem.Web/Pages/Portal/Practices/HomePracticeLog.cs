using Microsoft.EntityFrameworkCore;
using Tandem.Core.Journal;
using Tandem.Data;
using Tandem.Web.Authorization.Material;

namespace Tandem.Web.Pages.Portal.Practices;

/// <summary>A client's practices and their daily check-ins, for the client or for the team of the case they were given in.</summary>
public sealed class HomePracticeLog(TandemDbContext db, MaterialScope scope)
{
    public sealed record Given(Guid Id, string Name, string Description, Guid CaseId);

    public sealed record Row(Given Practice, IReadOnlyDictionary<DateOnly, HomePracticeCheckIn> Days, int Streak);

    /// <summary>Whether the viewer may write this check-in: only its client does.</summary>
    public async Task<bool> MayWriteAsync(HomePracticeCheckIn checkIn) =>
        await scope.AllowsAsync(checkIn.AsMaterial((await scope.CaseFactsAsync([checkIn.CaseId]))[checkIn.CaseId]), MaterialOperations<HomePracticeCheckIn>.Edit);

    /// <summary>
    /// The practices given to the client in signed integration sessions whose day has come (of one case, when named),
    /// once each.
    /// </summary>
    public async Task<List<Given>> GivenAsync(Guid clientId, DateOnly today, Guid? caseId = null)
    {
        var assigned = await db.PracticeAssignments.AsNoTracking()
            .Where(a => a.PracticeId == scope.Viewer.PracticeId && a.ClientId == clientId && (caseId == null || a.CaseId == caseId)
                && db.IntegrationSessions.Any(i => i.PracticeId == scope.Viewer.PracticeId && i.Id == a.IntegrationSessionId && i.SignedAt != null
                    && db.SeriesSessions.Any(s => s.PracticeId == scope.Viewer.PracticeId && s.Id == i.SeriesSessionId && s.Date <= today)))
            .Select(a => new { a.HomePracticeId, a.HomePractice!.Name, a.HomePractice.Description, a.HomePractice.SortOrder, a.CaseId, a.AssignedAt })
            .ToListAsync();
        return [.. assigned.GroupBy(a => a.HomePracticeId)
            .Select(g => g.MaxBy(a => a.AssignedAt)!)
            .OrderBy(a => a.SortOrder).ThenBy(a => a.Name)
            .Select(a => new Given(a.HomePracticeId, a.Name, a.Description, a.CaseId))];
    }

    /// <summary>
    /// Each practice's check-ins from <paramref name="from"/> on, and its streak up to <paramref name="today"/>: the ones
    /// <see cref="HomePracticeCheckInHandler"/> lets the viewer read.
    /// </summary>
    public async Task<List<Row>> RowsAsync(Guid clientId, IReadOnlyList<Given> practices, DateOnly from, DateOnly today)
    {
        var ids = practices.Select(p => p.Id).ToList();
        var cases = practices.Select(p => p.CaseId).Distinct().ToList();
        var found = await db.HomePracticeCheckIns.AsNoTracking()
            .Where(c => c.PracticeId == scope.Viewer.PracticeId && c.ClientId == clientId && ids.Contains(c.HomePracticeId) && cases.Contains(c.CaseId))
            .ToListAsync();
        var givenIn = await scope.CaseFactsAsync(cases);
        var checkIns = await scope.WhereAsync(found, c => c.AsMaterial(givenIn[c.CaseId]), MaterialOperations<HomePracticeCheckIn>.Read);
        return [.. practices.Select(p =>
        {
            var mine = checkIns.Where(c => c.HomePracticeId == p.Id && c.CaseId == p.CaseId).ToList();
            var done = mine.Where(c => c.Done).Select(c => c.Day).ToHashSet();
            return new Row(p, mine.Where(c => c.Day >= from).ToDictionary(c => c.Day), PracticeStreak.Of(done, today));
        })];
    }

    public static IReadOnlyList<DateOnly> Days(DateOnly from, DateOnly to) =>
        [.. Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays)];
}
