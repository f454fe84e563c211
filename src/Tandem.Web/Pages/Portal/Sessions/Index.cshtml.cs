using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Core.Audit;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Portal.Sessions;

public sealed class IndexModel(MySessions sessions, TimeProvider clock, TandemDbContext db, CurrentViewer viewer, ClinicalAudit audit) : PageModel
{
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public IReadOnlyList<MySessions.Item> Upcoming { get; private set; } = [];
    public IReadOnlyList<MySessions.Item> Past { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var today = await db.PracticeTodayAsync(viewer.Value.PracticeId, clock);
        var all = await sessions.ListAsync();
        Zone = await db.PracticeZoneAsync(viewer.Value.PracticeId);
        Past = [.. all.Where(s => s.IsDone(today)).Reverse()];
        Upcoming = [.. all.Where(s => !s.IsDone(today))];
        await audit.RecordReadAsync(AuditCode.Portal_CaseViewed, nameof(Core.Treatment.SeriesSession), viewer.Value.ClientId!.Value, viewer.Value.ClientId);
    }
}
