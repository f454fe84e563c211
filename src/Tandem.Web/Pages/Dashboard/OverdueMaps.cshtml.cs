using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Shared;

namespace Tandem.Web.Pages.Dashboard;

/// <summary>Every relationship map overdue on my open cases, oldest first, a page at a time.</summary>
public sealed class OverdueMapsModel(TandemDbContext db, CaseScope scope, OverdueMaps overdue, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int Number { get; set; } = 1;

    public IReadOnlyList<OverdueMaps.Overdue> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        var late = overdue.Of(scope.Viewer.PracticeId, scope.Viewer.UserId, await db.PracticeTodayAsync(scope.Viewer.PracticeId, clock));
        var total = await late.CountAsync();
        Pager = new Pager(Pager.Clamp(Number, total, PageSize), total, PageSize, n => $"/Dashboard/OverdueMaps?p={n}");
        Rows = await late.Skip(Pager.Skip).Take(PageSize).ToListAsync();
    }
}
