using System.Globalization;
using Tandem.Core.Cases;
using Tandem.Core.Treatment;

namespace Tandem.Core.Scheduling;

/// <summary>A proposed appointment for one planned session: its day (perhaps a new one), its time and, for a dosing session, its room.</summary>
public sealed record ProposedTime(int Number, DateOnly Date, DateTime StartsAt, DateTime EndsAt, Guid? RoomId, DateOnly? IntegrationDue);

/// <summary>A time for every open session, or why some have none; only a proposal without problems may be booked.</summary>
public sealed record SeriesProposal(IReadOnlyList<ProposedTime> Times, IReadOnlyList<string> Problems);

/// <summary>Who holds the sessions, when they work, the rooms in order of preference, and every five-minute block already booked.</summary>
public sealed record SchedulingCalendar(
    Guid ClinicianId, WorkingDays Days, IReadOnlyList<Guid> Rooms, IReadOnlySet<(string Resource, DateTime Block)> Booked, TimeZoneInfo Zone);

/// <summary>
/// Proposes a time for every planned session not yet booked or recorded: each on the first day from its planned day on
/// where the clinician has free session hours (and, for a dosing session, a room is free), keeping the series rules —
/// a person's doses spaced, dosing sessions on days of their own in the plan's order, each integration within its
/// window. Booked and recorded sessions stay where they are and are worked around.
/// </summary>
public static class SeriesScheduler
{
    public const int DosingMinutes = 180;
    public const int IntegrationMinutes = 60;

    /// <summary>How far past its earliest day a session is looked for before the proposal gives up on it.</summary>
    private const int SearchDays = 182;

    private static readonly TimeSpan Step = TimeSpan.FromMinutes(30);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <param name="kept">The sessions that stay where they are: booked, or with a record begun.</param>
    /// <param name="earliest">The first day a session may be proposed on.</param>
    public static SeriesProposal Propose(
        CaseKind kind, IReadOnlyDictionary<Guid, string> people, IReadOnlyList<PlannedSession> plan, IReadOnlySet<int> kept,
        SeriesRules rules, SchedulingCalendar calendar, DateOnly earliest)
    {
        var live = plan.Where(s => !s.Cancelled).OrderBy(s => s.Date).ThenBy(s => s.Number).ToList();
        var open = live.Where(s => !kept.Contains(s.Number)).ToList();
        if (open.Count == 0)
        {
            return new([], []);
        }

        if (!calendar.Days.HasHours)
        {
            return new([], ["The clinician has no session hours yet: they set them on their Availability page."]);
        }

        if (open.Any(s => s.IsDosing) && calendar.Rooms.Count == 0)
        {
            return new([], ["The practice has no room for dosing sessions: an admin adds one in Settings."]);
        }

        var run = new Run(calendar, rules);
        var dates = live.Where(s => kept.Contains(s.Number)).ToDictionary(s => s.Number, s => s.Date);
        var problems = new List<string>();
        foreach (var dose in open.Where(s => s.IsDosing))
        {
            var integration = open.FirstOrDefault(s => s.After == dose.Number);
            var from = Latest(earliest, dose.Date, AfterEarlierDoses(dose, live, dates, people.Keys, rules));
            foreach (var placed in run.PlaceDose(dose, integration, from))
            {
                dates[placed.Number] = placed.Date;
            }

            if (!dates.ContainsKey(dose.Number))
            {
                problems.Add($"No free time was found for the dosing session planned for {Day(dose.Date)} within 26 weeks of {Day(from)}: check the clinician's session hours and days off, and the rooms.");
            }
        }

        foreach (var integration in open.Where(s => !s.IsDosing && !dates.ContainsKey(s.Number)))
        {
            var doseDay = integration.After is { } after && dates.TryGetValue(after, out var day) ? day : (DateOnly?)null;
            var from = doseDay is { } d ? Latest(earliest, d.AddDays(rules.IntegrationOffsetDays)) : Latest(earliest, integration.Date);
            var until = doseDay?.AddDays(rules.IntegrationWithinDays) ?? from.AddDays(SearchDays);
            if (run.PlaceIntegration(integration, from, until, DateTime.MinValue, doseDay?.AddDays(rules.IntegrationWithinDays)) is null)
            {
                problems.Add($"No free time was found for the integration session planned for {Day(integration.Date)} between {Day(from)} and {Day(until)}.");
            }
        }

        var moved = plan.Select(s => run.Times.FirstOrDefault(t => t.Number == s.Number) is { } t ? s with { Date = t.Date } : s).ToList();
        problems.AddRange(SeriesCheck.Violations(kind, people, moved, rules).Except(SeriesCheck.Violations(kind, people, plan, rules)));
        return new([.. run.Times.OrderBy(t => t.StartsAt)], problems);
    }

    /// <summary>The first day a dose may fall after the doses before it in the plan: a day of its own, and each person's doses spaced.</summary>
    private static DateOnly AfterEarlierDoses(
        PlannedSession dose, List<PlannedSession> live, Dictionary<int, DateOnly> dates, IEnumerable<Guid> people, SeriesRules rules)
    {
        var from = DateOnly.MinValue;
        foreach (var earlier in live.TakeWhile(s => s.Number != dose.Number).Where(s => s.IsDosing && dates.ContainsKey(s.Number)))
        {
            var day = dates[earlier.Number];
            from = Latest(from, day.AddDays(1));
            if (people.Any(p => dose.Doses(p) && earlier.Doses(p)))
            {
                from = Latest(from, rules.EarliestNextDose(day));
            }
        }

        return from;
    }

    private static DateOnly Latest(params DateOnly[] days) => days.Max();

    private static string Day(DateOnly date) => date.ToString("ddd d MMM yyyy", English);

    /// <summary>The times proposed so far, holding their clinician's and room's blocks so later sessions go around them.</summary>
    private sealed class Run(SchedulingCalendar calendar, SeriesRules rules)
    {
        private readonly HashSet<(string Resource, DateTime Block)> booked = [.. calendar.Booked];

        public List<ProposedTime> Times { get; } = [];

        /// <summary>A dose on its first free day from <paramref name="from"/> that leaves its integration a time in the window.</summary>
        public IEnumerable<ProposedTime> PlaceDose(PlannedSession dose, PlannedSession? integration, DateOnly from)
        {
            for (var day = from; day < from.AddDays(SearchDays); day = day.AddDays(1))
            {
                if (Free(day, DosingMinutes, needsRoom: true, DateTime.MinValue) is not { } time)
                {
                    continue;
                }

                var placed = Hold(new ProposedTime(dose.Number, day, time.Start, time.End, time.Room, null));
                if (integration is null)
                {
                    return [placed];
                }

                var due = day.AddDays(rules.IntegrationWithinDays);
                if (PlaceIntegration(integration, day.AddDays(rules.IntegrationOffsetDays), due, time.End, due) is { } after)
                {
                    return [placed, after];
                }

                Release(placed);
            }

            return [];
        }

        public ProposedTime? PlaceIntegration(PlannedSession integration, DateOnly from, DateOnly until, DateTime notBefore, DateOnly? due)
        {
            for (var day = from; day <= until; day = day.AddDays(1))
            {
                if (Free(day, IntegrationMinutes, needsRoom: false, notBefore) is { } time)
                {
                    return Hold(new ProposedTime(integration.Number, day, time.Start, time.End, null, due));
                }
            }

            return null;
        }

        private (DateTime Start, DateTime End, Guid? Room)? Free(DateOnly day, int minutes, bool needsRoom, DateTime notBefore)
        {
            var length = TimeSpan.FromMinutes(minutes);
            foreach (var (start, end) in calendar.Days.HoursOn(day))
            {
                for (var at = start.ToTimeSpan(); at + length <= end.ToTimeSpan(); at += Step)
                {
                    var local = day.ToDateTime(TimeOnly.FromTimeSpan(at));
                    if (calendar.Zone.IsInvalidTime(local))
                    {
                        continue;
                    }

                    var startsAt = TimeZoneInfo.ConvertTimeToUtc(local, calendar.Zone);
                    var blocks = ReservedBlock.Covering(startsAt, startsAt + length).ToList();
                    if (startsAt < notBefore || !IsFree(ReservedBlock.Clinician(calendar.ClinicianId), blocks))
                    {
                        continue;
                    }

                    if (!needsRoom)
                    {
                        return (startsAt, startsAt + length, null);
                    }

                    foreach (var room in calendar.Rooms.Where(r => IsFree(ReservedBlock.Room(r), blocks)))
                    {
                        return (startsAt, startsAt + length, room);
                    }
                }
            }

            return null;
        }

        private bool IsFree(string resource, IEnumerable<DateTime> blocks) => blocks.All(b => !booked.Contains((resource, b)));

        private ProposedTime Hold(ProposedTime time)
        {
            foreach (var resource in Resources(time))
            {
                booked.UnionWith(ReservedBlock.Covering(time.StartsAt, time.EndsAt).Select(b => (resource, b)));
            }

            Times.Add(time);
            return time;
        }

        private void Release(ProposedTime time)
        {
            foreach (var resource in Resources(time))
            {
                booked.ExceptWith(ReservedBlock.Covering(time.StartsAt, time.EndsAt).Select(b => (resource, b)));
            }

            Times.Remove(time);
        }

        private IEnumerable<string> Resources(ProposedTime time) =>
            time.RoomId is { } room ? [ReservedBlock.Clinician(calendar.ClinicianId), ReservedBlock.Room(room)] : [ReservedBlock.Clinician(calendar.ClinicianId)];
    }
}
