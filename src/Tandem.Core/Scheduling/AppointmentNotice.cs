namespace Tandem.Core.Scheduling;

public enum AppointmentNoticeKind
{
    Scheduled = 1,
    Moved = 2,
    Cancelled = 3,
    Reminder = 4,
}

/// <summary>
/// An email a client was sent about one of their sessions: kept so that each is sent once (a unique index holds a
/// reminder to one per session, client, time and lead time) and so that a calendar program takes each new file as an
/// update of the last (its count is the iCalendar SEQUENCE).
/// </summary>
public sealed class AppointmentNotice : PracticeRecord
{
    public Guid SeriesSessionId { get; set; }
    public Guid ClientId { get; set; }
    public AppointmentNoticeKind Kind { get; set; }

    /// <summary>When the session was to start, as the notice told it.</summary>
    public DateTime StartsAt { get; set; }

    /// <summary>For a reminder, how many days before the session's day it was due; 0 for the other notices.</summary>
    public int DaysBefore { get; set; }
}

/// <summary>Which reminders are due for a session: the practice's lead times, counted in the practice's calendar days.</summary>
public static class AppointmentReminders
{
    public static readonly IReadOnlyList<int> DefaultDaysBefore = [2, 1];

    /// <summary>
    /// The lead times due by <paramref name="today"/> for a session on <paramref name="day"/>; a session scheduled late
    /// gets only the nearest one, so nobody is sent two reminders at once.
    /// </summary>
    public static IReadOnlyList<int> Due(DateOnly day, DateOnly today, IEnumerable<int> daysBefore) =>
        [.. daysBefore.Where(d => d > 0 && today >= day.AddDays(-d) && today <= day).Order()];
}
