using Tandem.Core.Access;
using Tandem.Core.Sharing;

namespace Tandem.Core.Journal;

/// <summary>
/// A client's check-in on one practice they were given, for one day: done or not today, how it went, one line.
/// Only the client and the team of the case the practice was given in read it.
/// </summary>
public sealed class HomePracticeCheckIn : PracticeRecord
{
    public const int MaxNoteLength = 200;

    public Guid ClientId { get; set; }
    public Guid CaseId { get; set; }
    public Guid HomePracticeId { get; set; }
    public DateOnly Day { get; set; }
    public bool Done { get; set; }

    /// <summary>How it went, 1 (hard) to 5 (it flowed); only for a practice done that day.</summary>
    public int? HowItWent { get; set; }
    public string? Note { get; set; }

    /// <summary>
    /// Someone from the client's map the practice was done with (<see cref="RippleMap.MapPerson.PersonId"/>, the same on
    /// every snapshot). Only the id is kept: who reads the label is decided by the sharing of the snapshots it is on.
    /// </summary>
    public Guid? MapPersonId { get; set; }

    /// <summary>A check-in is shared with the team of the case its practice was given in, and with nobody else.</summary>
    public MaterialFacts AsMaterial(CaseAccessFacts givenIn) => new(PracticeId, ClientId, [new(Visibility.MeAndMyClinician, givenIn)]);
}

public static class PracticeStreak
{
    /// <summary>
    /// Days in a row, up to today, on which the practice was done. A today not yet logged does not break the streak:
    /// the day is not over.
    /// </summary>
    public static int Of(IReadOnlySet<DateOnly> doneDays, DateOnly today)
    {
        var day = doneDays.Contains(today) ? today : today.AddDays(-1);
        var streak = 0;
        while (doneDays.Contains(day))
        {
            streak++;
            day = day.AddDays(-1);
        }

        return streak;
    }
}
