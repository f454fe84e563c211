using Tandem.Core.Access;

namespace Tandem.Core.Sharing;

/// <summary>What can be done with a piece of a client's material.</summary>
public enum MaterialOperation
{
    Read,
    Edit,
    Delete,

    /// <summary>Take it out of Tandem, as in the client's download of their own record.</summary>
    Export,

    /// <summary>Share it into a case, change who reads it there, or stop sharing it.</summary>
    Share,
}

/// <summary>A share as the rule weighs it: its audience and the facts of the case it was shared in.</summary>
public sealed record ShareFacts(Visibility Audience, CaseAccessFacts Case);

/// <summary>The facts that decide access to one piece of client material: whose it is and every case it is shared in.</summary>
public sealed record MaterialFacts(Guid PracticeId, Guid OwnerClientId, IReadOnlyList<ShareFacts> Shares);

/// <summary>
/// DOMAIN.md's "Who sees what" for material a client owns: the owner does everything; a share lets its case's team read,
/// and, shared with "my partner and my clinician", the case's other participant while that case is open. Nothing
/// reaches anyone through a case it was not shared in.
/// </summary>
public static class ClientMaterialRule
{
    public static bool IsOwner(Viewer viewer, MaterialFacts material) =>
        viewer.PracticeId == material.PracticeId && viewer.IsClient && viewer.ClientId == material.OwnerClientId;

    public static bool Reads(Viewer viewer, MaterialFacts material) =>
        IsOwner(viewer, material) || material.Shares.Any(share => ReachesThrough(viewer, material.OwnerClientId, share));

    /// <summary>The owner edits, deletes, exports and shares; whoever a share reaches reads.</summary>
    public static bool Allows(Viewer viewer, MaterialOperation operation, MaterialFacts material) => operation switch
    {
        MaterialOperation.Read => Reads(viewer, material),
        MaterialOperation.Edit or MaterialOperation.Delete or MaterialOperation.Export or MaterialOperation.Share => IsOwner(viewer, material),
        _ => false,
    };

    private static bool ReachesThrough(Viewer viewer, Guid owner, ShareFacts share)
    {
        var @case = share.Case;
        if (viewer.PracticeId != @case.PracticeId || share.Audience == Visibility.OnlyMe)
        {
            return false;
        }

        if (viewer.IsClinician)
        {
            return CaseAccessRule.For(viewer, @case) == CaseAccess.Clinical;
        }

        return share.Audience == Visibility.MyPartnerAndMyClinician && @case.IsOpen
            && viewer.ClientId is { } me && me != owner
            && @case.ParticipantClientIds.Contains(me) && @case.ParticipantClientIds.Contains(owner);
    }
}
