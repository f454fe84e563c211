using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Core;

namespace Tandem.Web.Pages.Agenda;

/// <summary>A day or a week of free calls and sessions: mine, a room's, or the whole practice's.</summary>
public sealed class IndexModel(TandemDbContext db, CaseScope scope, AgendaReader agenda, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? On { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Week { get; set; }

    /// <summary>"mine", "everyone" or a room's id.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Whose { get; set; }

    public Guid? Room => Guid.TryParse(Whose, out var room) ? room : null;

    public bool Everyone => Whose == "everyone" || !HasOwnTime;

    public DateOnly First { get; private set; }
    public DateOnly Today { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public IReadOnlyList<(Guid Id, string Name)> Rooms { get; private set; } = [];
    public IReadOnlyList<(DateOnly Day, IReadOnlyList<AgendaItem> Items)> Days { get; private set; } = [];

    /// <summary>A practice admin without a clinical role has no sessions of their own: they see the practice or a room.</summary>
    public bool HasOwnTime => scope.Viewer.IsClinician;

    public string Shown => Room is { } room ? Rooms.First(r => r.Id == room).Name : Everyone ? "Whole practice" : "Mine";

    public async Task<IActionResult> OnGetAsync()
    {
        Zone = await db.PracticeZoneAsync(scope.Viewer.PracticeId);
        Today = clock.Today(Zone);
        var day = On ?? Today;
        First = Week ? day.AddDays(-(((int)day.DayOfWeek + 6) % 7)) : day;
        var length = Week ? 7 : 1;
        Rooms = [.. (await db.Rooms.AsNoTracking().Where(r => r.PracticeId == scope.Viewer.PracticeId && r.IsActive).OrderBy(r => r.Name)
            .Select(r => new { r.Id, r.Name }).ToListAsync()).Select(r => (r.Id, r.Name))];
        if ((Room is { } room && Rooms.All(r => r.Id != room)) || Whose is not (null or "mine" or "everyone") && Room is null)
        {
            return NotFound();
        }

        var filter = new AgendaFilter(Room is null && !Everyone ? scope.Viewer.UserId : null, Room);
        var (from, to) = AgendaReader.Bounds(First, length, Zone);
        var items = await agenda.BetweenAsync(from, to, filter);
        Days = [.. Enumerable.Range(0, length).Select(i => First.AddDays(i))
            .Select(d => (d, (IReadOnlyList<AgendaItem>)[.. items.Where(i => i.StartsAt.DayIn(Zone) == d)]))];
        return Page();
    }

    /// <summary>This agenda's address with some of its choices changed.</summary>
    public string UrlWith(DateOnly? on = null, bool? week = null) =>
        Url.Page("/Agenda/Index", new
        {
            on = (on ?? First).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            week = (week ?? Week) ? true : (bool?)null,
            whose = Whose,
        })!;

    public DateOnly Previous => First.AddDays(Week ? -7 : -1);

    public DateOnly Next => First.AddDays(Week ? 7 : 1);
}
