namespace Tandem.Core.Measures;

/// <summary>
/// When a questionnaire may be answered: from some days before it is due until the next timepoint of the same
/// instrument opens, or some days after it is due, whichever is first — but always on its due day. A practice sets the
/// two numbers; an answer outside the window would be dated to the wrong point of care.
/// </summary>
public sealed record AnswerWindow(int OpensDaysBefore, int ClosesDaysAfter)
{
    public static AnswerWindow Default { get; } = new(3, 28);

    public DateOnly Opens(DateOnly due) => due.AddDays(-OpensDaysBefore);

    /// <param name="nextDue">When the next timepoint of the same instrument, client and case is due, if there is one.</param>
    public DateOnly LastDay(DateOnly due, DateOnly? nextDue)
    {
        var last = due.AddDays(ClosesDaysAfter);
        if (nextDue is { } next && Opens(next).AddDays(-1) < last)
        {
            last = Opens(next).AddDays(-1);
        }

        return last < due ? due : last;
    }

    public bool IsOpen(DateOnly today, DateOnly due, DateOnly? nextDue) => today >= Opens(due) && today <= LastDay(due, nextDue);
}
