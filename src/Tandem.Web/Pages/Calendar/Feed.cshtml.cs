using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tandem.Web.Pages.Calendar;

/// <summary>The private feed a phone's calendar subscribes to: open without sign-in, to whoever holds its secret address.</summary>
public sealed class FeedModel(StaffCalendar calendar) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string token) =>
        await calendar.FeedAsync(token) is { } ics ? Content(ics, "text/calendar; charset=utf-8") : NotFound();
}
