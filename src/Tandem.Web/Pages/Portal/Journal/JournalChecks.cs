using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Tandem.Web.Pages.Portal.Journal;

/// <summary>What a posted entry may point at, checked against the author's own material.</summary>
public static class JournalChecks
{
    public static void Check(ModelStateDictionary state, EntryInput input, JournalEntries.Choices choices)
    {
        if (input.IntentionId is { } intention && choices.Intentions.All(i => i.Id != intention))
        {
            state.AddModelError("Input.IntentionId", "Choose one of your intentions.");
        }

        if (input.SeriesSessionId is { } session && choices.Sessions.All(s => s.Id != session))
        {
            state.AddModelError("Input.SeriesSessionId", "Choose one of your sessions.");
        }
    }
}
