using Microsoft.EntityFrameworkCore;
using Tandem.Core.RippleMap;
using Tandem.Data;
using Tandem.Web.Pages.Measures;

namespace Tandem.Web.Pages.Portal.RippleMap;

/// <summary>The client's scheduled maps open to draw, by the questionnaires' <see cref="Core.Measures.AnswerWindow"/>.</summary>
public sealed class MapsDue(TandemDbContext db)
{
    /// <summary>Undrawn maps inside the practice's answer window on <paramref name="today"/>, earliest due first.</summary>
    public async Task<List<ScheduledMap>> OpenAsync(Guid practiceId, Guid clientId, DateOnly today)
    {
        var window = await db.AnswerWindowAsync(practiceId);
        var opensBy = today.AddDays(window.OpensDaysBefore);
        var candidates = await db.ScheduledMaps
            .Where(m => m.PracticeId == practiceId && m.ClientId == clientId && m.SnapshotId == null && m.DueOn <= opensBy && m.DueOn >= today.AddDays(-window.ClosesDaysAfter))
            .OrderBy(m => m.DueOn)
            .Select(m => new
            {
                Map = m,
                NextDue = db.ScheduledMaps.Where(n => n.PracticeId == practiceId && n.ClientId == m.ClientId && n.CaseId == m.CaseId && n.DueOn > m.DueOn)
                    .OrderBy(n => n.DueOn).Select(n => (DateOnly?)n.DueOn).FirstOrDefault(),
            })
            .ToListAsync();
        return [.. candidates.Where(c => window.IsOpen(today, c.Map.DueOn, c.NextDue)).Select(c => c.Map)];
    }

    /// <summary>When the earliest map open today is due, for a page that says so.</summary>
    public async Task<DateOnly?> FirstDueOnAsync(Guid practiceId, Guid clientId, DateOnly today) =>
        (await OpenAsync(practiceId, clientId, today)).Select(m => (DateOnly?)m.DueOn).FirstOrDefault();

    /// <summary>The points of care a snapshot was drawn for; none for a redraw at any time.</summary>
    public Task<List<MapTimepoint>> DrawnForAsync(Guid practiceId, Guid snapshotId) =>
        db.ScheduledMaps.AsNoTracking().Where(m => m.PracticeId == practiceId && m.SnapshotId == snapshotId)
            .Select(m => m.Timepoint).Distinct().OrderBy(t => t).ToListAsync();
}
