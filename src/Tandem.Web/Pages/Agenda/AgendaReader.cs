using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Audit;
using Tandem.Core.Treatment;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Series;

namespace Tandem.Web.Pages.Agenda;

/// <summary>Whose time an agenda shows: one clinician's, one room's, or the whole practice's.</summary>
public sealed record AgendaFilter(Guid? Clinician, Guid? Room);

/// <summary>
/// One free call or session as the viewer may see it. The kind of care, the stage and a link to the record are for
/// those the case's access rule lets see them; everyone on the staff sees the time, room, clinician and names.
/// </summary>
public sealed record AgendaItem(
    DateTime StartsAt, DateTime EndsAt, string What, string Clinician, string? Room, IReadOnlyList<string> People, string? Stage, string? Link);

/// <summary>The practice's free calls and booked sessions between two instants, each decided by the case access rule.</summary>
public sealed class AgendaReader(TandemDbContext db, CaseScope scope, ClinicalAudit audit)
{
    public const string FreeCall = "Free call";
    public const string Session = "Session";

    public async Task<IReadOnlyList<AgendaItem>> BetweenAsync(DateTime fromUtc, DateTime toUtc, AgendaFilter filter)
    {
        var practice = scope.Viewer.PracticeId;
        var appointments = db.Appointments.AsNoTracking().Where(a => a.PracticeId == practice && a.StartsAt >= fromUtc && a.StartsAt < toUtc);
        var calls = db.ConsultationBookings.AsNoTracking()
            .Where(b => b.PracticeId == practice && b.CancelledAt == null && b.StartsAt >= fromUtc && b.StartsAt < toUtc);
        if (filter.Clinician is { } clinician)
        {
            appointments = appointments.Where(a => a.ClinicianId == clinician);
            calls = calls.Where(b => b.ClinicianId == clinician);
        }

        if (filter.Room is { } room)
        {
            appointments = appointments.Where(a => a.RoomId == room);
        }

        var sessions = await appointments
            .Join(db.SeriesSessions, a => new { a.PracticeId, Id = a.SeriesSessionId }, s => new { s.PracticeId, s.Id }, (a, s) => new { a.Id, a.StartsAt, a.EndsAt, a.ClinicianId, a.RoomId, a.CaseId, SessionId = s.Id, s.Kind, s.PersonClientId })
            .ToListAsync();
        // A free call is by phone or video, never in a room: a room's agenda has none to read.
        var booked = filter.Room is null
            ? await calls
                .Select(b => new { b.StartsAt, b.EndsAt, b.ClinicianId, b.CaseId, b.Prospect!.FirstName, b.Prospect.LastName, b.Prospect.PartnerFirstName, b.Prospect.PartnerLastName })
                .ToListAsync()
            : [];

        var caseIds = sessions.Select(s => s.CaseId).Concat(booked.Select(b => b.CaseId)).ToHashSet();
        var access = new Dictionary<Guid, (CaseAccessFacts Facts, bool Clinical, bool Directory)>();
        foreach (var facts in await scope.FactsAmongAsync(caseIds))
        {
            if (await scope.AllowsAsync(facts, CaseOperations.ReadSchedule))
            {
                access[facts.CaseId] = (facts, await scope.AllowsAsync(facts, CaseOperations.ReadClinical), await scope.AllowsAsync(facts, CaseOperations.ReadDirectory));
            }
        }

        var people = (await db.CaseParticipants.AsNoTracking()
                .Where(p => p.PracticeId == practice && access.Keys.Contains(p.CaseId))
                .OrderBy(p => p.ClientId)
                .Select(p => new { p.CaseId, p.ClientId, p.Client!.FirstName, p.Client.LastName })
                .ToListAsync())
            .ToLookup(p => p.CaseId);
        var staffIds = sessions.Select(s => s.ClinicianId).Concat(booked.Select(b => b.ClinicianId)).ToHashSet();
        var staff = await db.Users.AsNoTracking().Where(u => staffIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        var rooms = await db.Rooms.AsNoTracking().Where(r => r.PracticeId == practice).ToDictionaryAsync(r => r.Id, r => r.Name);

        var items = new List<AgendaItem>();
        var named = new List<(string, Guid, Guid?)>();
        foreach (var s in sessions.Where(s => access.ContainsKey(s.CaseId)))
        {
            var (facts, clinical, directory) = access[s.CaseId];
            var whose = people[s.CaseId].Where(p => s.PersonClientId is null || p.ClientId == s.PersonClientId).ToList();
            named.AddRange(whose.Select(p => (nameof(Core.Scheduling.Appointment), s.Id, (Guid?)p.ClientId)));
            items.Add(new AgendaItem(
                s.StartsAt, s.EndsAt,
                clinical ? SessionNames.Of(s.Kind) : Session,
                staff.GetValueOrDefault(s.ClinicianId, "?"),
                s.RoomId is { } r ? rooms.GetValueOrDefault(r) : null,
                [.. whose.Select(p => $"{p.FirstName} {p.LastName}")],
                directory ? StageNames.Of(facts.Stage) : null,
                clinical ? $"/{(s.Kind.IsDosing() ? "Dosing" : "Integration")}/{s.SessionId}" : directory ? $"/Cases/{s.CaseId}" : null));
        }

        foreach (var b in booked.Where(b => access.ContainsKey(b.CaseId)))
        {
            var (facts, _, directory) = access[b.CaseId];
            string[] who = b.PartnerFirstName is null ? [$"{b.FirstName} {b.LastName}"] : [$"{b.FirstName} {b.LastName}", $"{b.PartnerFirstName} {b.PartnerLastName}"];
            items.Add(new AgendaItem(
                b.StartsAt, b.EndsAt, FreeCall, staff.GetValueOrDefault(b.ClinicianId, "?"), null, who,
                directory ? StageNames.Of(facts.Stage) : null, directory ? $"/Cases/{b.CaseId}" : null));
        }

        await audit.RecordReadsAsync(AuditCode.Agenda_Viewed, named);
        return [.. items.OrderBy(i => i.StartsAt).ThenBy(i => i.Clinician, StringComparer.Ordinal)];
    }

    /// <summary>The instants that bound <paramref name="days"/> days from <paramref name="first"/> in the practice's zone.</summary>
    public static (DateTime From, DateTime To) Bounds(DateOnly first, int days, TimeZoneInfo zone) =>
        (LocalTime.ToUtc(first, TimeOnly.MinValue, zone), LocalTime.ToUtc(first.AddDays(days), TimeOnly.MinValue, zone));
}
