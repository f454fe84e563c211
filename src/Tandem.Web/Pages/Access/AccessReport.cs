using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Audit;
using Tandem.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Access;

/// <summary>
/// Who has seen or changed a client's record: every audit entry that names the client, by anyone but the client. It
/// is read from the audit log, so it is complete wherever reads are audited; the pages show it in the practice's time.
/// </summary>
public sealed class AccessReport(TandemDbContext db)
{
    public sealed record Row(DateTime AtUtc, string Who, string Role, string What);

    public sealed record Report(TimeZoneInfo Zone, IReadOnlyList<Row> Rows);

    /// <summary>The entries between two days of the practice's calendar, both included, newest first.</summary>
    public async Task<Report?> ForAsync(Guid practiceId, Guid clientId, DateOnly from, DateOnly to)
    {
        var client = await db.Clients.AsNoTracking().Where(c => c.Id == clientId && c.PracticeId == practiceId).Select(c => new { c.UserId }).SingleOrDefaultAsync();
        if (client is null)
        {
            return null;
        }

        var zone = await db.PracticeZoneAsync(practiceId);
        var (start, end) = (LocalTime.ToUtc(from, TimeOnly.MinValue, zone), LocalTime.ToUtc(to.AddDays(1), TimeOnly.MinValue, zone));
        var own = client.UserId;
        var entries = await db.AuditEvents.AsNoTracking()
            .Where(e => e.PracticeId == practiceId && e.ClientId == clientId && e.ActorId != null && e.ActorId != own && e.OccurredAt >= start && e.OccurredAt < end)
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.OccurredAt, e.Code, e.EntityType, e.EntityId, ActorId = e.ActorId!.Value })
            .ToListAsync();
        var actors = entries.Select(e => e.ActorId).Distinct().ToList();
        var people = await PeopleAsync(practiceId, actors);
        var days = await JournalDaysAsync(practiceId, entries.Where(e => e.EntityType == "JournalEntry").Select(e => e.EntityId), zone);
        return new Report(zone, [.. entries
            .Where(e => people.ContainsKey(e.ActorId))
            .Select(e => new Row(e.OccurredAt, people[e.ActorId].Name, people[e.ActorId].Role, AccessWords.Describe(e.Code, e.EntityType, days.GetValueOrDefault(e.EntityId))))]);
    }

    /// <summary>Staff by their name and most senior clinical role; a client (only a partner reaches another's record) by their name.</summary>
    private async Task<Dictionary<Guid, (string Name, string Role)>> PeopleAsync(Guid practiceId, List<Guid> actors)
    {
        var users = await db.Users.AsNoTracking().Where(u => u.PracticeId == practiceId && actors.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToListAsync();
        var roles = await (
                from ur in db.UserRoles
                where actors.Contains(ur.UserId)
                join r in db.Roles on ur.RoleId equals r.Id
                select new { ur.UserId, Role = r.Name! })
            .ToListAsync();
        var clients = await db.Clients.AsNoTracking()
            .Where(c => c.PracticeId == practiceId && c.UserId != null && actors.Contains(c.UserId.Value))
            .Select(c => new { UserId = c.UserId!.Value, c.FirstName, c.LastName })
            .ToListAsync();
        return users.ToDictionary(u => u.Id, u =>
        {
            var held = roles.Where(r => r.UserId == u.Id).Select(r => r.Role).ToList();
            return clients.FirstOrDefault(c => c.UserId == u.Id) is { } c ? ($"{c.FirstName} {c.LastName}", "Partner") : (u.DisplayName, RoleName(held));
        });
    }

    private static string RoleName(List<string> held) =>
        held.Contains(Roles.Prescriber) ? "Prescriber"
        : held.Contains(Roles.Clinician) ? "Clinician"
        : held.Contains(Roles.PracticeAdmin) ? "Practice admin"
        : "Staff";

    private async Task<Dictionary<string, string>> JournalDaysAsync(Guid practiceId, IEnumerable<string> entityIds, TimeZoneInfo zone)
    {
        var ids = entityIds.Select(id => Guid.TryParse(id, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).Distinct().ToList();
        var written = await db.JournalEntries.AsNoTracking().Where(j => j.PracticeId == practiceId && ids.Contains(j.Id)).Select(j => new { j.Id, j.WrittenAt }).ToListAsync();
        return written.ToDictionary(j => j.Id.ToString(), j => j.WrittenAt.LongDay(zone));
    }
}
