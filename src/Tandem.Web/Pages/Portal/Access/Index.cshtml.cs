using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Access;

namespace Tandem.Web.Pages.Portal.Access;

/// <summary>"Who has seen my record": every access by staff and by a partner to what is mine, over the last year.</summary>
public sealed class IndexModel(TandemDbContext db, CurrentViewer viewer, AccessReport access, TimeProvider clock) : PageModel
{
    public AccessReport.Report Report { get; private set; } = null!;
    public DateOnly From { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var v = viewer.Value;
        var today = await db.PracticeTodayAsync(v.PracticeId, clock);
        From = today.AddYears(-1);
        if (v.ClientId is not { } me || await access.ForAsync(v.PracticeId, me, From, today) is not { } report)
        {
            return NotFound();
        }

        Report = report;
        return Page();
    }
}
