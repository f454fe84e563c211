using Microsoft.EntityFrameworkCore;
using Tandem.Core.Scheduling;
using Tandem.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Series;

/// <summary>Holds and releases appointments' reserved blocks; a taken block surfaces as a unique violation on save.</summary>
public sealed class AppointmentBook(TandemDbContext db)
{
    public const string Taken = "The clinician or the room is already booked at that time. Choose another time, clinician or room.";

    public Task<Appointment?> ForSessionAsync(Guid seriesSessionId) =>
        db.Appointments.Include(a => a.Blocks).FirstOrDefaultAsync(a => a.SeriesSessionId == seriesSessionId);

    /// <summary>Reserves the appointment's current time; an existing one first gives up its old blocks in a save of their own.</summary>
    public async Task ReserveAsync(Appointment appointment, bool isNew)
    {
        if (!isNew)
        {
            db.ReservedBlocks.RemoveRange(appointment.Blocks);
            appointment.Blocks.Clear();
            await db.SaveChangesAsync();
        }

        appointment.Reserve();
    }

    /// <summary>Moves the appointment to another day at the same local time.</summary>
    public Task MoveToDayAsync(Appointment appointment, DateOnly day, TimeZoneInfo zone)
    {
        var length = appointment.EndsAt - appointment.StartsAt;
        var time = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(appointment.StartsAt, zone));
        appointment.StartsAt = LocalTime.ToUtc(day, time, zone);
        appointment.EndsAt = appointment.StartsAt + length;
        return ReserveAsync(appointment, isNew: false);
    }

    public void Release(Appointment appointment) => db.Appointments.Remove(appointment);
}
