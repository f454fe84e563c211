using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core;
using Tandem.Core.Scheduling;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Calendar;

/// <summary>
/// My calendar feed: a secret address for my phone's calendar, made, replaced or revoked here. The address is shown once,
/// when made; only its hash is kept, so a lost address is replaced, never shown again.
/// </summary>
public sealed class IndexModel(TandemDbContext db, CurrentViewer viewer, PublicLinks links) : PageModel
{
    public CalendarFeed? Feed { get; private set; }

    /// <summary>The new address, on the one response that made it.</summary>
    public string? Address { get; private set; }

    [BindProperty]
    public Guid? FeedVersion { get; set; }

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>Makes my address, or replaces it: the old one stops working at once.</summary>
    public async Task<IActionResult> OnPostNewAsync()
    {
        await LoadAsync();
        if (ModelState.Refuse(StaleRefusals(Feed)))
        {
            return Page();
        }

        var token = SecretTokens.New();
        var feed = Feed ?? db.CalendarFeeds.Add(new CalendarFeed { PracticeId = viewer.Value.PracticeId, StaffId = viewer.Value.UserId, TokenHash = "" }).Entity;
        feed.TokenHash = SecretTokens.Hash(token);
        await db.SaveChangesAsync();
        (Feed, Address) = (feed, links.Page("/Calendar/Feed", new { token }));
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync()
    {
        await LoadAsync();
        if (Feed is not { } feed)
        {
            return NotFound();
        }

        if (ModelState.Refuse(StaleRefusals(feed)))
        {
            return Page();
        }

        db.CalendarFeeds.Remove(feed);
        await db.SaveChangesAsync();
        return RedirectToPage();
    }

    /// <summary>The address was made again, or revoked and made again, since the page showed it.</summary>
    private Refusals StaleRefusals(CalendarFeed? feed)
    {
        var refusals = new Refusals();
        if (feed is not null && !feed.IsAsShown(FeedVersion))
        {
            refusals.AddStale("Your calendar address", $"it was made again at {feed.UpdatedAt.When(Zone)}");
        }

        return refusals;
    }

    private async Task LoadAsync()
    {
        Zone = await db.PracticeZoneAsync(viewer.Value.PracticeId);
        Feed = await db.CalendarFeeds.FirstOrDefaultAsync(f => f.PracticeId == viewer.Value.PracticeId && f.StaffId == viewer.Value.UserId);
    }
}
