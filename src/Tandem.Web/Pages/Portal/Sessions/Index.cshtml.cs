using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tandem.Web.Pages.Portal.Sessions;

public sealed class IndexModel(MySessions sessions, TimeProvider clock) : PageModel
{
    public IReadOnlyList<MySessions.Item> Upcoming { get; private set; } = [];
    public IReadOnlyList<MySessions.Item> Past { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var all = await sessions.ListAsync();
        Upcoming = [.. all.Where(s => !s.IsWrittenUp && s.Date >= today)];
        Past = [.. all.Where(s => s.IsWrittenUp || s.Date < today).Reverse()];
    }
}
