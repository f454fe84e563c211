namespace Tandem.Core.Scheduling;

/// <summary>When a clinician can hold series sessions: their weekly session hours, less their days off and the practice's closures.</summary>
public sealed record WorkingDays(IReadOnlyList<SessionHours> Weekly, IReadOnlySet<DateOnly> DaysOff, IReadOnlyList<Closure> Closures)
{
    public bool HasHours => Weekly.Count > 0;

    public IEnumerable<(TimeOnly Start, TimeOnly End)> HoursOn(DateOnly day) =>
        DaysOff.Contains(day) || Closures.Any(c => c.Covers(day))
            ? []
            : Weekly.Where(h => h.Day == day.DayOfWeek).OrderBy(h => h.Start).Select(h => (h.Start, h.End));
}
