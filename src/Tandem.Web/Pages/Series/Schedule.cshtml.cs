using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Scheduling;
using Tandem.Core.Treatment;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Series;

/// <summary>
/// Gives a planned session its appointment: a time on its planned day, a clinician of the case team and a room.
/// The database refuses a clinician or room already booked at that time, however many people schedule at once.
/// </summary>
public sealed class ScheduleModel(TandemDbContext db, CaseScope scope, AppointmentBook book, ClinicalAudit audit) : PageModel
{
    public SeriesSession Session { get; private set; } = null!;
    public string CaseName { get; private set; } = "";
    public IReadOnlyList<(Guid Id, string Name)> Clinicians { get; private set; } = [];
    public IReadOnlyList<Room> Rooms { get; private set; } = [];
    public Appointment? Current { get; private set; }

    /// <summary>The version of the appointment with its reserved blocks, which a save replaces; none before it has one.</summary>
    public Guid? CurrentVersion => Current is { } a ? StaleEdits.VersionOf([a, .. a.Blocks]) : null;
    private TimeZoneInfo zone = TimeZoneInfo.Utc;

    [BindProperty]
    public ScheduleInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id, CaseOperations.ReadClinical))
        {
            return NotFound();
        }

        Input = Current is { } a
            ? new ScheduleInput { At = TimeOnly.FromDateTime(a.StartsAt.In(zone)), Minutes = (int)(a.EndsAt - a.StartsAt).TotalMinutes, ClinicianId = a.ClinicianId, RoomId = a.RoomId }
            : new ScheduleInput { At = new TimeOnly(10, 0), Minutes = Session.IsDosingKind() ? 180 : 60, ClinicianId = Clinicians.Count > 0 ? Clinicians[0].Id : Guid.Empty };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id, CaseOperations.WriteClinical))
        {
            return NotFound();
        }

        if (ModelState.Refuse(await RefusalsAsync()) || !ModelState.IsValid)
        {
            return Page();
        }

        var startsAt = LocalTime.ToUtc(Session.Date, Input.At!.Value, zone);
        var wasAt = Current?.StartsAt;
        var appointment = Current ?? db.Appointments.Add(new Appointment { PracticeId = Session.PracticeId, SeriesSessionId = id, CaseId = Session.CaseId }).Entity;
        appointment.StartsAt = startsAt;
        appointment.EndsAt = startsAt.AddMinutes(Input.Minutes);
        appointment.ClinicianId = Input.ClinicianId;
        appointment.RoomId = Input.RoomId;
        await book.ReserveAsync(appointment, wasAt);
        try
        {
            await audit.SaveAndRecordAsync(AuditCode.Appointment_Scheduled, nameof(Appointment), appointment.Id, Session.PersonClientId);
        }
        catch (DbUpdateException error) when (error.IsUniqueViolation())
        {
            ModelState.Refuse([("", AppointmentBook.Taken)]);
            return Page();
        }

        return RedirectToPage("/Series/Index", new { caseId = Session.CaseId });
    }

    private async Task<Refusals> RefusalsAsync()
    {
        var refusals = new Refusals();
        if (Clinicians.All(c => c.Id != Input.ClinicianId))
        {
            refusals.Add("Input.ClinicianId", "Choose a clinician of the case team.");
        }

        if (Input.RoomId is { } room ? Rooms.All(r => r.Id != room) : Session.IsDosingKind())
        {
            refusals.Add("Input.RoomId", "Choose a room: a dosing session needs one.");
        }

        if (Session.Cancelled)
        {
            refusals.Add("", "This session is cancelled.");
        }

        if (CurrentVersion != Input.Version)
        {
            refusals.AddStale("The appointment", await DescribeAsync(Current));
        }

        return refusals;
    }

    /// <summary>The appointment as it is now, for someone whose page showed another (or none).</summary>
    private async Task<string> DescribeAsync(Appointment? now)
    {
        if (now is null)
        {
            return "it has none";
        }

        var clinician = Clinicians.FirstOrDefault(c => c.Id == now.ClinicianId).Name
            ?? await db.Users.Where(u => u.Id == now.ClinicianId).Select(u => u.DisplayName).FirstAsync();
        var room = now.RoomId is { } roomId ? await db.Rooms.Where(r => r.PracticeId == scope.Viewer.PracticeId && r.Id == roomId).Select(r => r.Name).FirstAsync() : null;
        return $"it is at {now.StartsAt.In(zone):HH:mm} for {(int)(now.EndsAt - now.StartsAt).TotalMinutes} minutes with {clinician}" + (room is null ? ", with no room" : $", in {room}");
    }

    private async Task<bool> LoadAsync(Guid id, Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement operation)
    {
        var session = await db.SeriesSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.PracticeId == scope.Viewer.PracticeId);
        if (session is null || await scope.AuthorizeAsync(session.CaseId, operation) is null)
        {
            return false;
        }

        Session = session;
        CaseName = await db.Cases.AsNoTracking().Where(c => c.PracticeId == scope.Viewer.PracticeId && c.Id == session.CaseId).Select(c => c.Name).FirstAsync();
        zone = await db.PracticeZoneAsync(session.PracticeId);
        var team = await db.CaseTeamMembers.AsNoTracking().Where(t => t.PracticeId == scope.Viewer.PracticeId && t.CaseId == session.CaseId)
            .Join(db.Users, t => t.StaffId, u => u.Id, (t, u) => new { u.Id, u.DisplayName, t.IsLead })
            .OrderByDescending(t => t.IsLead).ThenBy(t => t.DisplayName)
            .ToListAsync();
        Clinicians = [.. team.Select(t => (t.Id, t.DisplayName))];
        Rooms = await db.Rooms.AsNoTracking().Where(r => r.PracticeId == session.PracticeId && r.IsActive).OrderBy(r => r.Name).ToListAsync();
        Current = await book.ForSessionAsync(scope.Viewer.PracticeId, id);
        return true;
    }

    public sealed class ScheduleInput
    {
        [Required(ErrorMessage = "Choose the time.")]
        public TimeOnly? At { get; set; }

        [Range(15, 480, ErrorMessage = "A session lasts between 15 minutes and 8 hours.")]
        public int Minutes { get; set; } = 60;

        public Guid ClinicianId { get; set; }
        public Guid? RoomId { get; set; }

        /// <summary>The version of the appointment the page showed; none when it had none yet.</summary>
        public Guid? Version { get; set; }
    }
}
