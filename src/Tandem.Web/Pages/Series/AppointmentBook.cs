using Microsoft.EntityFrameworkCore;
using Tandem.Core.Scheduling;
using Tandem.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Series;

/// <summary>Holds and releases appointments' reserved blocks; a taken block surfaces as a unique violation on save.</summary>
public sealed class AppointmentBook(TandemDbContext db, AppointmentNotices notices)
{
    public const string Taken = "The clinician or the room is already booked at that time. Choose another time, clinician or room.";

    public Task<Appointment?> ForSessionAsync(Guid practiceId, Guid seriesSessionId) =>
        db.Appointments.Include(a => a.Blocks).FirstOrDefaultAsync(a => a.PracticeId == practiceId && a.SeriesSessionId == seriesSessionId);

    /// <summary>
    /// Reserves the appointment's current time; an existing one first gives up its old blocks in a save of their own. Its
    /// clients are told of a new appointment, or of a new time (<paramref name="wasAt"/>: when it was, null if new).
    /// </summary>
    public async Task ReserveAsync(Appointment appointment, DateTime? wasAt)
    {
        if (wasAt is not null)
        {
            db.ReservedBlocks.RemoveRange(appointment.Blocks);
            appointment.Blocks.Clear();
            await db.SaveChangesAsync();
        }

        appointment.Reserve();
        if (wasAt != appointment.StartsAt)
        {
            await notices.ChangedAsync(appointment, wasAt is null ? AppointmentNoticeKind.Scheduled : AppointmentNoticeKind.Moved);
        }
    }

    /// <summary>Reserves new appointments booked together; their clients are told of them all in one email each.</summary>
    public Task ReserveAllAsync(IReadOnlyList<Appointment> appointments)
    {
        foreach (var appointment in appointments)
        {
            appointment.Reserve();
        }

        return notices.ScheduledAsync(appointments);
    }

    /// <summary>Moves the appointment to another day at the same local time.</summary>
    public Task MoveToDayAsync(Appointment appointment, DateOnly day, TimeZoneInfo zone)
    {
        var (wasAt, length) = (appointment.StartsAt, appointment.EndsAt - appointment.StartsAt);
        var time = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(appointment.StartsAt, zone));
        appointment.StartsAt = LocalTime.ToUtc(day, time, zone);
        appointment.EndsAt = appointment.StartsAt + length;
        return ReserveAsync(appointment, wasAt);
    }

    /// <summary>Gives the appointment up, its clients told it is cancelled.</summary>
    public async Task ReleaseAsync(Appointment appointment)
    {
        await notices.ChangedAsync(appointment, AppointmentNoticeKind.Cancelled);
        db.Appointments.Remove(appointment);
    }
}
