using Microsoft.AspNetCore.Mvc.ModelBinding;
using Tandem.Core.Preparation;

namespace Tandem.Web.Pages.Portal.Journal;

/// <summary>What a posted entry may point at and who it may reach, checked against the author's own material.</summary>
public static class JournalChecks
{
    public static void Check(ModelStateDictionary state, EntryInput input, JournalEntries.Choices choices)
    {
        var (hasPartner, intentions, sessions) = choices;
        if (input.Visibility is { } v && (!Enum.IsDefined(v) || (v == Visibility.MyPartnerAndMyClinician && !hasPartner)))
        {
            state.AddModelError("Input.Visibility", "Choose who may read it from the options shown.");
        }

        if (input.IntentionId is { } intention && intentions.All(i => i.Id != intention))
        {
            state.AddModelError("Input.IntentionId", "Choose one of your intentions.");
        }

        if (input.SeriesSessionId is { } session && sessions.All(s => s.Id != session))
        {
            state.AddModelError("Input.SeriesSessionId", "Choose one of your sessions.");
        }
    }
}
