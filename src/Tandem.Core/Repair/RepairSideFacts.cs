using Tandem.Core.Access;
using Tandem.Core.Sharing;

namespace Tandem.Core.Repair;

/// <summary>
/// What decides access to one side of a repair episode. The reveal shares it with the partner and the case team;
/// sharing it early shares it with the team only. Both shares are in the episode's own case.
/// </summary>
public sealed record RepairSideFacts(Guid PracticeId, Guid OwnerClientId, CaseAccessFacts Case, bool IsRevealed, bool SharedWithCaseTeam)
{
    public MaterialFacts AsMaterial() => new(PracticeId, OwnerClientId,
        IsRevealed ? [new(Visibility.MyPartnerAndMyClinician, Case)]
        : SharedWithCaseTeam ? [new(Visibility.MeAndMyClinician, Case)]
        : []);

    /// <summary>
    /// Read as shared; the author changes or shares their side only before the reveal and while the case is open; a side
    /// is never deleted.
    /// </summary>
    public static bool Allows(Viewer viewer, MaterialOperation operation, RepairSideFacts facts) => operation switch
    {
        MaterialOperation.Edit or MaterialOperation.Share => ClientMaterialRule.IsOwner(viewer, facts.AsMaterial()) && !facts.IsRevealed && facts.Case.IsOpen,
        MaterialOperation.Delete => false,
        _ => ClientMaterialRule.Allows(viewer, operation, facts.AsMaterial()),
    };
}
