using Tandem.Core.Access;
using Tandem.Core.Cases;

namespace Tandem.Core.Tests.Access;

/// <summary>Every actor of DOMAIN.md's "Who sees what" against one couple case.</summary>
public sealed class CaseAccessRuleTests
{
    private static readonly Guid Practice = Guid.NewGuid();
    private static readonly Guid OtherPractice = Guid.NewGuid();
    private static readonly Guid Lead = Guid.NewGuid();
    private static readonly Guid Prescriber = Guid.NewGuid();
    private static readonly Guid PartnerA = Guid.NewGuid();
    private static readonly Guid PartnerB = Guid.NewGuid();

    private static readonly CaseAccessFacts CoupleCase = new(Guid.NewGuid(), Practice, [Lead, Prescriber], [PartnerA, PartnerB], Lead, CaseStage.DosingSeries);

    public static TheoryData<string, Viewer, CaseAccess> Actors => new()
    {
        { "lead clinician", Staff(Lead, Practice, Roles.Clinician), CaseAccess.Clinical },
        { "prescriber on the team", Staff(Prescriber, Practice, Roles.Clinician, Roles.Prescriber), CaseAccess.Clinical },
        { "clinician off the team", Staff(Guid.NewGuid(), Practice, Roles.Clinician), CaseAccess.Directory },
        { "prescriber off the team", Staff(Guid.NewGuid(), Practice, Roles.Prescriber), CaseAccess.Directory },
        { "practice admin", Staff(Guid.NewGuid(), Practice, Roles.PracticeAdmin), CaseAccess.Schedule },
        { "practice admin of another practice", Staff(Guid.NewGuid(), OtherPractice, Roles.PracticeAdmin), CaseAccess.None },
        { "admin who is also on the team", Staff(Lead, Practice, Roles.PracticeAdmin, Roles.Clinician), CaseAccess.Clinical },
        { "clinician of another practice", Staff(Lead, OtherPractice, Roles.Clinician), CaseAccess.None },
        { "partner A", Client(PartnerA, Practice), CaseAccess.Participant },
        { "partner B", Client(PartnerB, Practice), CaseAccess.Participant },
        { "client of another case", Client(Guid.NewGuid(), Practice), CaseAccess.None },
        { "partner A's id in another practice", Client(PartnerA, OtherPractice), CaseAccess.None },
        { "client role without a client record", Staff(Guid.NewGuid(), Practice, Roles.Client), CaseAccess.None },
    };

    [Theory]
    [MemberData(nameof(Actors))]
    public void Each_actor_sees_exactly_what_the_table_allows(string actor, Viewer viewer, CaseAccess expected)
    {
        Assert.True(expected == CaseAccessRule.For(viewer, CoupleCase), actor);
    }

    [Fact]
    public void Only_the_lead_manages_the_case_team()
    {
        Assert.True(CaseAccessRule.MayManageTeam(Staff(Lead, Practice, Roles.Clinician), CoupleCase));
        Assert.False(CaseAccessRule.MayManageTeam(Staff(Prescriber, Practice, Roles.Clinician, Roles.Prescriber), CoupleCase));
        Assert.False(CaseAccessRule.MayManageTeam(Staff(Guid.NewGuid(), Practice, Roles.Clinician), CoupleCase));
        Assert.False(CaseAccessRule.MayManageTeam(Staff(Lead, OtherPractice, Roles.Clinician), CoupleCase));
        Assert.False(CaseAccessRule.MayManageTeam(Staff(Lead, Practice, Roles.PracticeAdmin), CoupleCase));
    }

    [Fact]
    public void A_prescriber_off_the_team_takes_the_review_of_a_case_waiting_for_one_and_no_one_else_does()
    {
        var waiting = CoupleCase with { Stage = CaseStage.MedicalReview };
        var offTeamPrescriber = Staff(Guid.NewGuid(), Practice, Roles.Clinician, Roles.Prescriber);
        Assert.True(CaseAccessRule.MayTakeReview(offTeamPrescriber, waiting));
        Assert.False(CaseAccessRule.MayTakeReview(offTeamPrescriber, CoupleCase));
        Assert.False(CaseAccessRule.MayTakeReview(Staff(Prescriber, Practice, Roles.Clinician, Roles.Prescriber), waiting));
        Assert.False(CaseAccessRule.MayTakeReview(Staff(Guid.NewGuid(), Practice, Roles.Clinician), waiting));
        Assert.False(CaseAccessRule.MayTakeReview(Staff(Guid.NewGuid(), OtherPractice, Roles.Clinician, Roles.Prescriber), waiting));
        Assert.False(CaseAccessRule.MayTakeReview(Staff(Guid.NewGuid(), Practice, Roles.PracticeAdmin), waiting));
    }

    private static Viewer Staff(Guid id, Guid practice, params string[] roles) => new(id, practice, roles.ToHashSet(), null);

    private static Viewer Client(Guid clientId, Guid practice) => new(Guid.NewGuid(), practice, new HashSet<string> { Roles.Client }, clientId);
}
