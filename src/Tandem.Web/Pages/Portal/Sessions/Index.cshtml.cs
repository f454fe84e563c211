using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Portal.Sessions;

public sealed class IndexModel(MySessions sessions, TimeProvider clock, TandemDbContext db, CurrentViewer viewer) : PageModel
{
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public IReadOnlyList<MySessions.Item> Upcoming { get; private set; } = [];
    public IReadOnlyList<MySessions.Item> Past { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var all = await sessions.ListAsync();
        Zone = await db.PracticeZoneAsync(viewer.Value.PracticeId);
        Upcoming = [.. all.Where(s => !s.IsWrittenUp && s.Date >= today)];
        Past = [.. all.Where(s => s.IsWrittenUp || s.Date < today).Reverse()];
    }
}
