using Tandem.Core.Scheduling;

namespace Tandem.Core.Consultations;

/// <summary>
/// Turns weekly hours and exceptions into the calls a visitor may book: laid out in the practice's time zone
/// (so 9:00 stays 9:00 across a daylight-saving change), never in the past, never over time the clinician already holds.
/// </summary>
public static class ConsultationSlots
{
    /// <summary>A call is offered only this far ahead at the least, so the clinician sees it coming.</summary>
    public static readonly TimeSpan MinimumNotice = TimeSpan.FromHours(2);

    /// <param name="busy">Each clinician's held blocks (<see cref="ReservedBlock"/>): calls and series sessions alike.</param>
    /// <param name="closures">The practice's closed days: no calls at all, whatever the hours.</param>
    public static IReadOnlyList<ConsultationSlot> Open(
        IEnumerable<ConsultationHours> weekly,
        IEnumerable<AvailabilityOverride> exceptions,
        IReadOnlyList<Closure> closures,
        IEnumerable<(Guid ClinicianId, DateTime StartUtc)> busy,
        TimeZoneInfo practiceZone,
        DateTime nowUtc,
        int days)
    {
        var busySet = busy.ToHashSet();
        var exceptionList = exceptions.ToList();
        var today = nowUtc.DayIn(practiceZone);
        var slots = new List<ConsultationSlot>();
        var weeklyList = weekly.ToList();
        for (var date = today; date < today.AddDays(days); date = date.AddDays(1))
        {
            if (closures.Any(c => c.Covers(date)))
            {
                continue;
            }

            var offToday = exceptionList.Where(e => e.Date == date && e.Change == AvailabilityChange.DayOff).Select(e => e.ClinicianId).ToHashSet();
            var hours = weeklyList
                .Where(h => h.Day == date.DayOfWeek && !offToday.Contains(h.ClinicianId))
                .Select(h => (h.ClinicianId, h.Start, h.End, h.SlotMinutes))
                .Concat(exceptionList
                    .Where(e => e.Date == date && e.Change == AvailabilityChange.ExtraHours && e.Start is not null && e.End is not null)
                    .Select(e => (e.ClinicianId, e.Start!.Value, e.End!.Value, e.SlotMinutes)));
            foreach (var (clinician, start, end, minutes) in hours)
            {
                slots.AddRange(Lay(clinician, date, start, end, minutes, practiceZone)
                    .Where(s => s.StartUtc >= nowUtc + MinimumNotice
                        && !ReservedBlock.Covering(s.StartUtc, s.EndUtc).Any(block => busySet.Contains((s.ClinicianId, block)))));
            }
        }

        return [.. slots.DistinctBy(s => (s.ClinicianId, s.StartUtc)).OrderBy(s => s.StartUtc).ThenBy(s => s.ClinicianId)];
    }

    /// <summary>The slots nearest in time to <paramref name="wanted"/>, for "that time was just taken".</summary>
    public static IReadOnlyList<ConsultationSlot> Nearest(IReadOnlyList<ConsultationSlot> open, DateTime wanted, int count) =>
        [.. open.OrderBy(s => Math.Abs((s.StartUtc - wanted).Ticks)).Take(count).OrderBy(s => s.StartUtc)];

    private static IEnumerable<ConsultationSlot> Lay(Guid clinician, DateOnly date, TimeOnly start, TimeOnly end, int minutes, TimeZoneInfo zone)
    {
        if (minutes <= 0)
        {
            yield break;
        }

        for (var local = date.ToDateTime(start); local.AddMinutes(minutes) <= date.ToDateTime(end); local = local.AddMinutes(minutes))
        {
            // A local time skipped by a spring-forward change does not exist: no call then.
            if (zone.IsInvalidTime(local))
            {
                continue;
            }

            var startUtc = TimeZoneInfo.ConvertTimeToUtc(local, zone);
            yield return new ConsultationSlot(clinician, startUtc, startUtc.AddMinutes(minutes));
        }
    }
}
