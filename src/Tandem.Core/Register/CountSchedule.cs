namespace Tandem.Core.Register;

/// <summary>When a required count is due at a location, from the last count there that answers for it.</summary>
public static class CountSchedule
{
    public static readonly IReadOnlyList<CountKind> Each = [CountKind.Daily, CountKind.Weekly, CountKind.Inventory];

    /// <summary>A fuller count answers for a lesser one: the biennial inventory is also that week's and that day's count.</summary>
    public static bool AnswersFor(this CountKind done, CountKind required) => done >= required;

    /// <summary>The first day a count of <paramref name="required"/> is due after one taken on <paramref name="last"/>.</summary>
    public static DateOnly NextDue(CountKind required, DateOnly last) => required switch
    {
        CountKind.Daily => last.AddDays(1),
        CountKind.Weekly => last.AddDays(7),
        _ => last.AddYears(2),
    };

    /// <summary>Whether a count of <paramref name="required"/> is due today: never counted, or its period has run.</summary>
    public static bool IsDue(CountKind required, DateOnly? last, DateOnly today) => last is not { } day || NextDue(required, day) <= today;

    public static string Name(this CountKind kind) => kind switch
    {
        CountKind.Daily => "Daily count",
        CountKind.Weekly => "Weekly count",
        _ => "Biennial inventory",
    };
}
