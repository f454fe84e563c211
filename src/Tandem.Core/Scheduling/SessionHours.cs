namespace Tandem.Core.Scheduling;

/// <summary>
/// A clinician's weekly hours for series sessions, in the practice's time zone (e.g. Mondays 9:00–17:00): the
/// scheduler places dosing and integration sessions within them. Free calls have their own, shorter hours.
/// </summary>
public sealed class SessionHours : PracticeRecord
{
    public Guid ClinicianId { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly Start { get; set; }
    public TimeOnly End { get; set; }
}
