using Tandem.Core.Cases;

namespace Tandem.Core.Access;

/// <summary>How much of a case a viewer may see, from DOMAIN.md's "Who sees what".</summary>
public enum CaseAccess
{
    /// <summary>Nothing: the case does not exist for this viewer (answers 404).</summary>
    None,

    /// <summary>When and where its sessions are, and whose, never the kind of care or the stage: a practice admin without a clinical role.</summary>
    Schedule,

    /// <summary>Name and stage only: a clinician of the practice who is not on the case team.</summary>
    Directory,

    /// <summary>A participant's own view of the case in the portal.</summary>
    Participant,

    /// <summary>The case's clinical material: the case team.</summary>
    Clinical,
}

/// <summary>The facts about one case that decide access, loaded with the case.</summary>
public sealed record CaseAccessFacts(
    Guid CaseId, Guid PracticeId, IReadOnlyCollection<Guid> TeamStaffIds, IReadOnlyCollection<Guid> ParticipantClientIds, Guid? LeadStaffId, CaseStage Stage)
{
    public bool IsOpen => CaseJourney.IsOpen(Stage);
}

public static class CaseAccessRule
{
    public static CaseAccess For(Viewer viewer, CaseAccessFacts facts)
    {
        if (viewer.PracticeId != facts.PracticeId)
        {
            return CaseAccess.None;
        }

        if (viewer.IsClinician)
        {
            return facts.TeamStaffIds.Contains(viewer.UserId) ? CaseAccess.Clinical : CaseAccess.Directory;
        }

        if (viewer.IsClient && facts.ParticipantClientIds.Contains(viewer.ClientId!.Value))
        {
            return CaseAccess.Participant;
        }

        return viewer.IsPracticeAdmin ? CaseAccess.Schedule : CaseAccess.None;
    }

    /// <summary>
    /// A prescriber of the practice takes the medical review of a case waiting for one: taking it adds them to the case
    /// team (DOMAIN.md: "the reviewing prescriber is added automatically"), so the review never waits on the lead.
    /// </summary>
    public static bool MayTakeReview(Viewer viewer, CaseAccessFacts facts) =>
        viewer.IsPrescriber && For(viewer, facts) == CaseAccess.Directory && facts.Stage == CaseStage.MedicalReview;

    /// <summary>Only the case's lead adds clinicians to its team and removes them; each member then sees the case as the team does.</summary>
    public static bool MayManageTeam(Viewer viewer, CaseAccessFacts facts) =>
        For(viewer, facts) == CaseAccess.Clinical && facts.LeadStaffId == viewer.UserId;
}
