using static Tandem.Core.RippleMap.Feeling;
using static Tandem.Core.RippleMap.Relationship;
using static Tandem.Core.RippleMap.Ring;
using Person = Tandem.Web.Demo.DemoRippleMap.Person;

namespace Tandem.Web.Demo;

/// <summary>
/// Four people whose courses ended over a year ago, their follow-ups done and their cases closed: with Tom and the
/// couple, enough courses for the outcome report to show its rows above the default minimum cell size. Each relationship
/// map tells a ripple of its own, including a friendship that ended and people who arrived after the series.
/// </summary>
internal static class DemoPastCourses
{
    /// <param name="Phq">Scores at baseline, before each of six doses, at the end of the series and 1, 3, 6 and 12 months after it.</param>
    public sealed record Course(string Key, string First, string Last, int[] Phq, int[] Gad, Person[] People);

    public const int Doses = 6;

    public const int StartedWeeksAgo = 75;

    public static readonly Course[] All =
    [
        new("nadia", "Nadia", "Haddad", [16, 15, 13, 12, 10, 9, 8, 7, 6, 6, 5, 5], [14, 13, 12, 10, 9, 8, 7, 6, 6, 5, 5, 4],
        [
            new("Sami (my husband)", Partner, (Middle, 4, Mixed), (Inner, 6, Supportive, "We laugh again")),
            new("my mother", Parent, (Outer, 2, Strained), (Middle, 4, Mixed, "We talk on Sundays now")),
            new("Yara", Child, (Inner, 6, Supportive), (Inner, 7, Supportive, null)),
            new("Lina", Friend, (Middle, 4, Mixed)),
            new("the book group", Community, null, (Outer, 3, Supportive, "Joined in the spring")),
            new("my boss", Manager, (Middle, 3, Strained), (Outer, 3, Mixed, "I said no to weekend work")),
        ]),
        new("owen", "Owen", "Price", [21, 20, 18, 16, 15, 13, 12, 11, 10, 9, 9, 8], [12, 12, 11, 10, 9, 9, 8, 7, 7, 6, 6, 6],
        [
            new("Hannah", Partner, (Inner, 5, Strained), (Inner, 6, Mixed, "Fewer silences after a fight")),
            new("Dad", Parent, (Outer, 1, CutOff), (Outer, 2, Strained, "One phone call, the first in years")),
            new("my brother Will", Sibling, (Middle, 3, Mixed), (Inner, 5, Supportive, "He came to stay for a week")),
            new("Jack", Friend, (Middle, 4, Supportive), (Middle, 4, Supportive, null)),
            new("the team at work", Colleague, (Outer, 3, Mixed), (Middle, 4, Supportive, null)),
        ]),
        new("grace", "Grace", "Liu", [13, 12, 11, 10, 9, 8, 8, 7, 6, 5, 5, 5], [17, 16, 14, 13, 11, 10, 9, 8, 7, 7, 6, 6],
        [
            new("Mei (my daughter)", Child, (Middle, 3, Strained), (Inner, 5, Supportive, "She asks me for advice again")),
            new("Aunt June", OtherFamily, (Outer, 3, Supportive), (Outer, 3, Supportive, null)),
            new("Sofia", Friend, (Inner, 6, Supportive), (Inner, 6, Supportive, null)),
            new("the choir", Community, (Outer, 2, Mixed), (Middle, 4, Supportive, "I sing the solo I used to avoid")),
            new("Aisha", Colleague, null, (Middle, 4, Supportive, "A new colleague who became a friend")),
        ]),
        new("marco", "Marco", "Bellini", [18, 17, 16, 14, 12, 11, 10, 9, 8, 8, 7, 6], [15, 14, 13, 12, 10, 10, 9, 8, 7, 7, 6, 6],
        [
            new("Giulia", Partner, (Middle, 4, Mixed), (Inner, 6, Supportive, "We plan our week together")),
            new("Luca", Child, (Middle, 4, Mixed), (Inner, 5, Supportive, "Football on Saturdays, just us")),
            new("Mamma", Parent, (Inner, 6, Supportive), (Inner, 6, Supportive, null)),
            new("Enzo", Friend, (Middle, 3, Strained)),
            new("my apprentice", SomeoneIManage, (Outer, 2, Strained), (Outer, 3, Mixed, "I explain before I snap")),
        ]),
    ];
}
