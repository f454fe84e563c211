using Tandem.Core.Access;
using Tandem.Core.Sharing;

namespace Tandem.Core.Measures;

/// <summary>
/// What decides access to one questionnaire. It is shared with the team of the case it was asked in; with the team of
/// a later case only when the client shares it there; and a couple-satisfaction score reaches the partner when the
/// client chose to show their chart line in that case.
/// </summary>
public sealed record QuestionnaireFacts(
    Guid PracticeId, Guid OwnerClientId, bool IsSubmitted, CaseAccessFacts AskedIn, bool ShownToPartner, IReadOnlyList<CaseAccessFacts> SharedInto)
{
    public MaterialFacts AsMaterial() => new(PracticeId, OwnerClientId,
    [
        new(ShownToPartner ? Visibility.MyPartnerAndMyClinician : Visibility.MeAndMyClinician, AskedIn),
        .. SharedInto.Select(c => new ShareFacts(Visibility.MeAndMyClinician, c)),
    ]);

    /// <summary>Only the couple-satisfaction line is ever shown to a partner, and only when the client chose so in that case.</summary>
    public static bool ShowsToPartner(string instrumentCode, bool clientShowsCoupleScores) => clientShowsCoupleScores && instrumentCode == Instruments.Csi4.Code;

    /// <summary>Read as shared; the client answers it until it is submitted; nobody deletes one.</summary>
    public static bool Allows(Viewer viewer, MaterialOperation operation, QuestionnaireFacts facts) => operation switch
    {
        MaterialOperation.Edit => ClientMaterialRule.IsOwner(viewer, facts.AsMaterial()) && !facts.IsSubmitted,
        MaterialOperation.Delete => false,
        _ => ClientMaterialRule.Allows(viewer, operation, facts.AsMaterial()),
    };
}
