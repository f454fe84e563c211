using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tandem.Core;
using Tandem.Data;
using Tandem.Data.Identity;
using Tandem.Web.Infrastructure;
using Tandem.Web.Infrastructure.Email;

namespace Tandem.Web.Pages.Calendar;

/// <summary>
/// A staff member's calendar feed: their booked sessions and free calls, from a month back to half a year ahead, each
/// named "Session, Willow room" or "Free call" — never a client's name or the kind of care, since a phone's calendar
/// is read by whoever holds the phone and synced to servers the practice does not control.
/// </summary>
public sealed class StaffCalendar(TandemDbContext db, PublicLinks links, TimeProvider clock)
{
    public static readonly TimeSpan Behind = TimeSpan.FromDays(31);
    public static readonly TimeSpan Ahead = TimeSpan.FromDays(183);

    /// <summary>The feed the token opens; null for an unknown or revoked token, or a staff member whose sign-in is turned off.</summary>
    public async Task<string?> FeedAsync(string token)
    {
        var hash = SecretTokens.Hash(token);
        var feed = await db.CalendarFeeds.AsNoTracking()
            .AcrossPracticesBecause("a calendar subscribes with only the feed's token: whose practice it is, the row says")
            .Where(f => f.TokenHash == hash)
            .Join(db.Users, f => f.StaffId, u => u.Id, (f, u) => new { f.PracticeId, f.StaffId, u.LockoutEnd })
            .FirstOrDefaultAsync();
        if (feed is null || feed.LockoutEnd == TandemUser.TurnedOff)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var (from, to) = (now - Behind, now + Ahead);
        var practice = await db.Practices.AsNoTracking().Where(p => p.Id == feed.PracticeId).Select(p => new { p.Name, p.TimeZoneId }).FirstAsync();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(practice.TimeZoneId);
        var sessions = await db.Appointments.AsNoTracking()
            .Where(a => a.PracticeId == feed.PracticeId && a.ClinicianId == feed.StaffId && a.StartsAt >= from && a.StartsAt < to)
            .Select(a => new { a.Id, a.StartsAt, a.EndsAt, Room = db.Rooms.Where(r => r.PracticeId == a.PracticeId && r.Id == a.RoomId).Select(r => r.Name).FirstOrDefault() })
            .ToListAsync();
        var calls = await db.ConsultationBookings.AsNoTracking()
            .Where(b => b.PracticeId == feed.PracticeId && b.ClinicianId == feed.StaffId && b.CancelledAt == null && b.StartsAt >= from && b.StartsAt < to)
            .Select(b => new { b.Id, b.StartsAt, b.EndsAt })
            .ToListAsync();

        string AgendaOn(DateTime at) => links.Page("/Agenda/Index", new { on = at.DayIn(zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        return CalendarFiles.Feed($"Tandem · {practice.Name}", [
            .. sessions.Select(s => new CalendarFiles.FeedEvent(s.Id, s.Room is null ? "Session" : $"Session, {s.Room}", s.StartsAt, s.EndsAt, AgendaOn(s.StartsAt))),
            .. calls.Select(c => new CalendarFiles.FeedEvent(c.Id, "Free call", c.StartsAt, c.EndsAt, AgendaOn(c.StartsAt))),
        ]);
    }
}
