using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Dosing;
using Tandem.Core.Integration;
using Tandem.Core.Treatment;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Infrastructure.Email;

namespace Tandem.Web.Pages.Portal.Sessions;

/// <summary>
/// One of my sessions, once signed: my own dosing record, read-only (never my partner's), or the integration's
/// insights and the practices given to me. The clinicians' notes and observations are never shown here.
/// </summary>
public sealed class DetailsModel(TandemDbContext db, MySessions sessions, CurrentViewer viewer, ClinicalAudit audit, TimeProvider clock) : PageModel
{
    public SeriesSession Session { get; private set; } = null!;
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    /// <summary>When the session is booked for, if it is.</summary>
    public DateTime? StartsAt { get; private set; }
    public DosingRecord? MyDose { get; private set; }
    public IntegrationSession? Integration { get; private set; }
    public IReadOnlyList<HomePractice> MyPractices { get; private set; } = [];

    /// <summary>The appointment as a calendar file: "Appointment with" the practice, and nothing about the care.</summary>
    public async Task<IActionResult> OnGetCalendarAsync(Guid id)
    {
        var appointment = await sessions.Query().Where(s => s.Id == id)
            .Join(db.Appointments, s => new { s.PracticeId, s.Id }, a => new { a.PracticeId, Id = a.SeriesSessionId }, (s, a) => new { a.Id, a.StartsAt, a.EndsAt, Practice = db.Practices.Where(p => p.Id == s.PracticeId).Select(p => p.Name).First() })
            .FirstOrDefaultAsync();
        if (appointment is null)
        {
            return NotFound();
        }

        var ics = CalendarFiles.Event(appointment.Id, $"Appointment with {appointment.Practice}", appointment.StartsAt, appointment.EndsAt);
        return File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar", "appointment.ics");
    }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var me = viewer.Value.ClientId!.Value;
        if (await sessions.Query().FirstOrDefaultAsync(s => s.Id == id) is not { } session)
        {
            return NotFound();
        }

        Session = session;
        Zone = await db.PracticeZoneAsync(session.PracticeId);
        StartsAt = session.Cancelled ? null : await db.Appointments.Where(a => a.PracticeId == viewer.Value.PracticeId && a.SeriesSessionId == id).Select(a => (DateTime?)a.StartsAt).FirstOrDefaultAsync();
        var itsDayHasCome = !RecordDay.IsAhead(session.Date, await db.PracticeTodayAsync(session.PracticeId, clock));
        if (session.IsDosingKind())
        {
            MyDose = !itsDayHasCome ? null : await sessions.MyDoses(me)
                .Where(r => db.DosingSessions.Any(d => d.PracticeId == viewer.Value.PracticeId && d.Id == r.DosingSessionId && d.SeriesSessionId == id))
                .FirstOrDefaultAsync();
            await audit.RecordReadAsync(AuditCode.DosingRecord_Viewed, nameof(DosingRecord), MyDose?.Id ?? id, me);
        }
        else
        {
            Integration = !itsDayHasCome ? null : await db.IntegrationSessions.AsNoTracking().FirstOrDefaultAsync(i => i.PracticeId == viewer.Value.PracticeId && i.SeriesSessionId == id && i.SignedAt != null);
            MyPractices = Integration is null ? [] : await db.PracticeAssignments.AsNoTracking()
                .Where(a => a.PracticeId == viewer.Value.PracticeId && a.IntegrationSessionId == Integration.Id && a.ClientId == me)
                .OrderBy(a => a.HomePractice!.SortOrder)
                .Select(a => a.HomePractice!)
                .ToListAsync();
            await audit.RecordReadAsync(AuditCode.IntegrationSession_Viewed, nameof(IntegrationSession), Integration?.Id ?? id, me);
        }

        return Page();
    }
}
