using Microsoft.EntityFrameworkCore;
using Tandem.Core.Scheduling;
using Tandem.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Infrastructure.Email;
using Tandem.Core;

namespace Tandem.Web.Pages.Series;

/// <summary>
/// Tells a session's clients when it is scheduled, moved or cancelled, and reminds them before it. Every email says only
/// "Appointment with" the practice and its time, with the portal's address and a calendar file: the inbox and the
/// calendar may be read by others, so neither names the kind of care. Each notice is recorded; a reminder is sent once.
/// </summary>
public sealed class AppointmentNotices(TandemDbContext db, Mailer mailer, PublicLinks links, TimeProvider clock)
{
    public static string Subject(string practice) => $"Appointment with {practice}";

    /// <summary>Sends the notice of a change to each client of the session, in the caller's save.</summary>
    public async Task ChangedAsync(Appointment appointment, AppointmentNoticeKind kind)
    {
        var (practice, zone) = await PracticeAsync(appointment.PracticeId);
        foreach (var client in (await ClientsOfAsync(appointment.PracticeId, [appointment.SeriesSessionId]))[appointment.SeriesSessionId])
        {
            await SendAsync(appointment, client, practice, zone, kind, daysBefore: 0);
        }
    }

    /// <summary>
    /// Tells each client of a series booked in one step of all their new appointments in one email with one calendar
    /// file, not one email per session; each appointment's notice is recorded as for a single booking.
    /// </summary>
    public async Task ScheduledAsync(IReadOnlyList<Appointment> appointments)
    {
        if (appointments.Count == 0)
        {
            return;
        }

        var (practice, zone) = await PracticeAsync(appointments[0].PracticeId);
        var clients = await ClientsOfAsync(appointments[0].PracticeId, [.. appointments.Select(a => a.SeriesSessionId)]);
        foreach (var (client, theirs) in appointments
            .SelectMany(a => clients[a.SeriesSessionId].Select(c => (Client: c, Appointment: a)))
            .GroupBy(x => x.Client, x => x.Appointment)
            .Select(g => (g.Key, g.OrderBy(a => a.StartsAt).ToList())))
        {
            theirs.ForEach(a => Record(a, client.Id, AppointmentNoticeKind.Scheduled, daysBefore: 0));
            var lines = string.Join("\n", theirs.Select(a => "- " + a.StartsAt.When(zone)));
            var ics = CalendarFiles.Events(Subject(practice), theirs.Select(a => (a.Id, a.StartsAt, a.EndsAt)));
            mailer.SendAfterCommit(client.FirstName, client.Email, Subject(practice),
                $"Hello {client.FirstName},\n\nYou have {theirs.Count} appointments with {practice}:\n{lines}\n\nWhat to know beforehand, and all your appointments, are in your portal:\n{links.Page("/Portal/Sessions/Index")}\n\n{practice}\n",
                CalendarFiles.Attachment(ics, "appointments.ics"));
        }
    }

    /// <summary>Sends the reminders now due in every practice; a round that finds them sent already sends nothing.</summary>
    public async Task<int> SendRemindersAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var sent = 0;
        var practices = await db.Practices.AsNoTracking()
            .Select(p => new { p.Id, p.Name, p.TimeZoneId, p.FirstReminderDaysBefore, p.LastReminderDaysBefore }).ToListAsync(cancellationToken);
        foreach (var p in practices)
        {
            var (practice, zone) = (p.Name, TimeZoneInfo.FindSystemTimeZoneById(p.TimeZoneId));
            var today = clock.Today(zone);
            int[] leads = [p.FirstReminderDaysBefore, p.LastReminderDaysBefore];
            var horizon = now.AddDays(leads.Max() + 2);
            var coming = (await db.Appointments.AsNoTracking()
                    .Where(a => a.PracticeId == p.Id && a.StartsAt > now && a.StartsAt < horizon)
                    .ToListAsync(cancellationToken))
                .Select(a => (Appointment: a, Due: AppointmentReminders.Due(a.StartsAt.DayIn(zone), today, leads)))
                .Where(a => a.Due.Count > 0)
                .ToList();
            var sessionIds = coming.Select(a => a.Appointment.SeriesSessionId).ToList();
            var clients = await ClientsOfAsync(p.Id, sessionIds);
            var recorded = (await db.AppointmentNotices.AsNoTracking()
                    .Where(n => n.PracticeId == p.Id && sessionIds.Contains(n.SeriesSessionId) && n.Kind == AppointmentNoticeKind.Reminder)
                    .Select(n => new { n.SeriesSessionId, n.ClientId, n.StartsAt, n.DaysBefore })
                    .ToListAsync(cancellationToken))
                .ToLookup(n => (n.SeriesSessionId, n.ClientId, n.StartsAt), n => n.DaysBefore);
            foreach (var (appointment, due) in coming)
            {
                foreach (var client in clients[appointment.SeriesSessionId])
                {
                    var done = recorded[(appointment.SeriesSessionId, client.Id, appointment.StartsAt)].ToList();
                    if (due.All(done.Contains))
                    {
                        continue;
                    }

                    await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                    try
                    {
                        // The nearest lead time is sent; any earlier one it overtook is recorded as done, never sent late.
                        foreach (var overtaken in due.Skip(1).Where(d => !done.Contains(d)))
                        {
                            Record(appointment, client.Id, AppointmentNoticeKind.Reminder, overtaken);
                        }

                        await SendAsync(appointment, client, practice, zone, AppointmentNoticeKind.Reminder, due[0]);
                        await db.SaveChangesAsync(cancellationToken);
                        await transaction.CommitAsync(cancellationToken);
                        sent++;
                    }
                    catch (DbUpdateException error) when (error.IsUniqueViolation())
                    {
                        // Another sender recorded it first; its mail goes, this one (queued for a commit that never comes) does not.
                        await transaction.RollbackAsync(cancellationToken);
                        db.ChangeTracker.Clear();
                    }
                }
            }
        }

        return sent;
    }

    private async Task SendAsync(Appointment appointment, Client client, string practice, TimeZoneInfo zone, AppointmentNoticeKind kind, int daysBefore)
    {
        var sequence = await db.AppointmentNotices.CountAsync(n => n.PracticeId == appointment.PracticeId && n.SeriesSessionId == appointment.SeriesSessionId && n.ClientId == client.Id && n.Kind != AppointmentNoticeKind.Reminder);
        Record(appointment, client.Id, kind, daysBefore);
        var when = appointment.StartsAt.When(zone);
        var what = kind switch
        {
            AppointmentNoticeKind.Scheduled => $"You have an appointment with {practice} on {when}.",
            AppointmentNoticeKind.Moved => $"Your appointment with {practice} is now on {when}.",
            AppointmentNoticeKind.Cancelled => $"Your appointment with {practice} on {when} is cancelled.",
            _ => $"A reminder: your appointment with {practice} is on {when}.",
        };
        var cancelled = kind == AppointmentNoticeKind.Cancelled;
        var ics = CalendarFiles.Event(appointment.Id, Subject(practice), appointment.StartsAt, appointment.EndsAt, kind == AppointmentNoticeKind.Reminder ? Math.Max(sequence - 1, 0) : sequence, cancelled);
        mailer.SendAfterCommit(client.FirstName, client.Email, Subject(practice),
            $"Hello {client.FirstName},\n\n{what}\n\nWhat to know beforehand, and all your appointments, are in your portal:\n{links.Page("/Portal/Sessions/Index")}\n\n{practice}\n",
            CalendarFiles.Attachment(ics, "appointment.ics"));
    }

    private void Record(Appointment appointment, Guid client, AppointmentNoticeKind kind, int daysBefore) =>
        db.AppointmentNotices.Add(new AppointmentNotice
        {
            PracticeId = appointment.PracticeId, SeriesSessionId = appointment.SeriesSessionId, ClientId = client, Kind = kind,
            StartsAt = appointment.StartsAt, DaysBefore = daysBefore,
        });

    private sealed record Client(Guid Id, string FirstName, string Email);

    /// <summary>Each session's own clients: the person of an individual session, both partners of a shared one.</summary>
    private async Task<ILookup<Guid, Client>> ClientsOfAsync(Guid practiceId, IReadOnlyCollection<Guid> seriesSessionIds) =>
        (await (from s in db.SeriesSessions.AsNoTracking()
                 where s.PracticeId == practiceId && seriesSessionIds.Contains(s.Id)
                 join p in db.CaseParticipants on new { s.PracticeId, Id = s.CaseId } equals new { p.PracticeId, Id = p.CaseId }
                 where s.PersonClientId == null || p.ClientId == s.PersonClientId
                 join c in db.Clients on new { p.PracticeId, Id = p.ClientId } equals new { c.PracticeId, c.Id }
                 select new { SessionId = s.Id, p.ClientId, c.FirstName, c.Email })
            .ToListAsync())
        .ToLookup(c => c.SessionId, c => new Client(c.ClientId, c.FirstName, c.Email));

    private async Task<(string Name, TimeZoneInfo Zone)> PracticeAsync(Guid practiceId)
    {
        var p = await db.Practices.AsNoTracking().Where(p => p.Id == practiceId).Select(p => new { p.Name, p.TimeZoneId }).FirstAsync();
        return (p.Name, TimeZoneInfo.FindSystemTimeZoneById(p.TimeZoneId));
    }
}
