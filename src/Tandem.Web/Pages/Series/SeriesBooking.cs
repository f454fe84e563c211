using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Consultations;
using Tandem.Core.Scheduling;
using Tandem.Core.Treatment;
using Tandem.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Measures;
using Tandem.Web.Pages.Settings;

namespace Tandem.Web.Pages.Series;

/// <summary>
/// Schedules a whole series in one step: gathers what <see cref="SeriesScheduler"/> needs — the plan, which sessions stay
/// where they are, the lead clinician's session hours and days off, the practice's closures, rooms and every block
/// already booked — and books a proposal as it was shown, all or nothing.
/// </summary>
public sealed class SeriesBooking(TandemDbContext db, AppointmentBook book, PracticeSettings settings, MeasurementPlan measures, TimeProvider clock)
{
    /// <summary>How far ahead booked time is read: past the last session the scheduler may look for.</summary>
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(400);

    /// <param name="Fingerprint">The plan's versions and the proposed times: a confirmation posting another was made from a page now out of date.</param>
    public sealed record Draft(
        DosingSeries Series, CaseKind Kind, IReadOnlyDictionary<Guid, string> People, SeriesProposal Proposal, Guid ClinicianId,
        string ClinicianName, IReadOnlyDictionary<Guid, string> Rooms, TimeZoneInfo Zone, string Fingerprint);

    /// <summary>The proposal for the case's current series; null when it has no plan to schedule (none yet, or run already).</summary>
    public async Task<Draft?> ProposeAsync(Guid practiceId, Guid caseId)
    {
        var header = await db.Cases.AsNoTracking().Where(c => c.PracticeId == practiceId && c.Id == caseId).Select(c => new { c.Kind, c.Stage }).FirstAsync();
        var newest = await db.Series.NewestFirst(practiceId, caseId).Select(s => new { s.Id, s.StartedAt }).FirstOrDefaultAsync();
        if (newest is null || header.Stage is not (CaseStage.Preparation or CaseStage.DosingSeries)
            || (header.Stage == CaseStage.Preparation && newest.StartedAt is not null))
        {
            return null;
        }

        var series = await db.Series.Include(s => s.Sessions).FirstAsync(s => s.PracticeId == practiceId && s.Id == newest.Id);
        var people = (await db.CaseParticipants.AsNoTracking().Where(p => p.PracticeId == practiceId && p.CaseId == caseId)
                .OrderBy(p => p.CreatedAt).ThenBy(p => p.ClientId)
                .Select(p => new { p.ClientId, p.Client!.FirstName }).ToListAsync())
            .ToDictionary(p => p.ClientId, p => p.FirstName);
        var lead = await db.CaseTeamMembers.AsNoTracking().Where(t => t.PracticeId == practiceId && t.CaseId == caseId)
            .OrderByDescending(t => t.IsLead).ThenBy(t => t.CreatedAt)
            .Join(db.Users, t => t.StaffId, u => u.Id, (t, u) => new { u.Id, u.DisplayName })
            .FirstAsync();

        var zone = await db.PracticeZoneAsync(practiceId);
        var earliest = clock.Today(zone).AddDays(1);
        var from = LocalTime.ToUtc(earliest, TimeOnly.MinValue, zone);
        var rooms = await db.Rooms.AsNoTracking().Where(r => r.PracticeId == practiceId && r.IsActive).OrderBy(r => r.Name).Select(r => new { r.Id, r.Name }).ToListAsync();
        string[] resources = [ReservedBlock.Clinician(lead.Id), .. rooms.Select(r => ReservedBlock.Room(r.Id))];
        var booked = (await db.ReservedBlocks.AsNoTracking()
                .Where(b => b.PracticeId == practiceId && resources.Contains(b.Resource) && b.StartsAt >= from && b.StartsAt < from + Horizon)
                .Select(b => new { b.Resource, b.StartsAt }).ToListAsync())
            .Select(b => (b.Resource, b.StartsAt)).ToHashSet();
        var days = new WorkingDays(
            await db.SessionHours.AsNoTracking().Where(h => h.PracticeId == practiceId && h.ClinicianId == lead.Id).ToListAsync(),
            (await db.AvailabilityOverrides.AsNoTracking()
                .Where(o => o.PracticeId == practiceId && o.ClinicianId == lead.Id && o.Change == AvailabilityChange.DayOff && o.Date >= earliest)
                .Select(o => o.Date).ToListAsync()).ToHashSet(),
            await db.Closures.AsNoTracking().Where(c => c.PracticeId == practiceId && c.LastDay >= earliest).ToListAsync());

        var booking = (await db.Appointments.AsNoTracking().Where(a => a.PracticeId == practiceId && a.CaseId == caseId).Select(a => a.SeriesSessionId).ToListAsync()).ToHashSet();
        var recorded = await EarlierSeries.RecordStatesAsync(db, practiceId, caseId);
        var kept = series.Sessions.Where(s => booking.Contains(s.Id) || recorded.ContainsKey(s.Id)).Select(s => s.Number).ToHashSet();
        var rules = (await settings.ProtocolAsync(practiceId)).Series;
        var proposal = SeriesScheduler.Propose(header.Kind, people, [.. series.Sessions.Select(s => s.ToPlanned())], kept, rules,
            new SchedulingCalendar(lead.Id, days, [.. rooms.Select(r => r.Id)], booked, zone), earliest);
        return new Draft(series, header.Kind, people, proposal, lead.Id, lead.DisplayName, rooms.ToDictionary(r => r.Id, r => r.Name), zone,
            Fingerprint(series, lead.Id, proposal));
    }

    /// <summary>Books every proposed time: the sessions take their new days, the appointments hold their blocks (saved by the caller).</summary>
    public async Task<IReadOnlyList<Appointment>> BookAsync(Draft draft)
    {
        var appointments = new List<Appointment>();
        foreach (var time in draft.Proposal.Times)
        {
            var session = draft.Series.Sessions.Single(s => s.Number == time.Number);
            session.Date = time.Date;
            session.IntegrationDue = time.IntegrationDue ?? session.IntegrationDue;
            appointments.Add(db.Appointments.Add(new Appointment
            {
                PracticeId = session.PracticeId, SeriesSessionId = session.Id, CaseId = session.CaseId, ClinicianId = draft.ClinicianId,
                RoomId = time.RoomId, StartsAt = time.StartsAt, EndsAt = time.EndsAt,
            }).Entity);
        }

        await book.ReserveAllAsync(appointments);
        if (draft.Series.StartedAt is not null)
        {
            await measures.ScheduleSeriesAsync(draft.Series, draft.Kind, [.. draft.People.Keys]);
        }

        return appointments;
    }

    private static string Fingerprint(DosingSeries series, Guid clinician, SeriesProposal proposal)
    {
        var text = new StringBuilder(clinician.ToString("N"));
        foreach (var s in series.Sessions.OrderBy(s => s.Number))
        {
            text.Append(CultureInfo.InvariantCulture, $"|{s.Id:N}:{s.Version:N}");
        }

        foreach (var t in proposal.Times)
        {
            text.Append(CultureInfo.InvariantCulture, $"|{t.Number}:{t.StartsAt.Ticks}:{t.RoomId:N}");
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
