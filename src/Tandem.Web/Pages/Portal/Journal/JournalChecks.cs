using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Portal.Journal;

/// <summary>What a posted entry may point at, checked against the author's own material.</summary>
public static class JournalChecks
{
    public static Refusals Check(EntryInput input, JournalEntries.Choices choices)
    {
        var refusals = new Refusals();
        if (input.IntentionId is { } intention && choices.Intentions.All(i => i.Id != intention))
        {
            refusals.Add("Input.IntentionId", "Choose one of your intentions.");
        }

        if (input.SeriesSessionId is { } session && choices.Sessions.All(s => s.Id != session))
        {
            refusals.Add("Input.SeriesSessionId", "Choose one of your sessions.");
        }

        return refusals;
    }
}
