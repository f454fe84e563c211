using Microsoft.EntityFrameworkCore;
using Tandem.Data;

namespace Tandem.Web.Infrastructure;

public static class PracticeZones
{
    /// <summary>The practice's time zone, in which its clinicians and clients read every date and time.</summary>
    public static async Task<TimeZoneInfo> PracticeZoneAsync(this TandemDbContext db, Guid practiceId) =>
        TimeZoneInfo.FindSystemTimeZoneById(await db.Practices.AsNoTracking().Where(p => p.Id == practiceId).Select(p => p.TimeZoneId).FirstAsync());

    /// <summary>Today's date where the practice is (<see cref="LocalTime.Today"/>).</summary>
    public static async Task<DateOnly> PracticeTodayAsync(this TandemDbContext db, Guid practiceId, TimeProvider clock) =>
        clock.Today(await db.PracticeZoneAsync(practiceId));
}
