using Tandem.Core.Sharing;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Portal.Sharing;

/// <summary>Who a client chose to let read an item, and the case it is shared in (none for "only me").</summary>
public sealed record ShareChoice(Visibility Audience, ShareTarget? Target)
{
    /// <summary>
    /// Checks a choice against the client's open cases: with one it is that case, with two or more the client names it
    /// (there is no default), with none only "only me" is possible. Refusals go beside <paramref name="prefix"/>'s fields.
    /// </summary>
    public static ShareChoice? Check(Refusals refusals, string prefix, Visibility? visibility, Guid? caseId, IReadOnlyList<ShareTarget> open)
    {
        if (visibility is not { } audience || !Enum.IsDefined(audience) || (audience != Visibility.OnlyMe && open.Count == 0))
        {
            refusals.Add($"{prefix}.Visibility", "Choose who may read it from the options shown.");
            return null;
        }

        if (audience == Visibility.OnlyMe)
        {
            return new(audience, null);
        }

        var target = caseId is { } id ? open.FirstOrDefault(t => t.CaseId == id) : open.Count == 1 ? open[0] : null;
        if (target is null)
        {
            refusals.Add($"{prefix}.CaseId", "Choose which of your cares to share it in.");
            return null;
        }

        if (audience == Visibility.MyPartnerAndMyClinician && !target.IsCouple)
        {
            refusals.Add($"{prefix}.Visibility", "Only a couple's care has a partner to share with.");
            return null;
        }

        return new(audience, target);
    }

    /// <summary>The share this choice makes of a new item; none for "only me".</summary>
    public Share? ShareOf(MaterialKind kind, Guid itemId, Guid owner, Guid practiceId, DateTime now) => Target is { } target
        ? new Share { PracticeId = practiceId, OwnerClientId = owner, Kind = kind, ItemId = itemId, CaseId = target.CaseId, Audience = Audience, SharedAt = now }
        : null;

    public static string Capitalised(string name) => string.Concat(name[..1].ToUpperInvariant(), name[1..]);

    public static string Describe(Visibility audience) => audience switch
    {
        Visibility.MeAndMyClinician => "Me and my clinician",
        Visibility.MyPartnerAndMyClinician => "My partner and my clinician",
        _ => "Only me",
    };
}
