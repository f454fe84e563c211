using Tandem.Core.Access;
using Tandem.Core.Cases;
using Tandem.Core.Sharing;

namespace Tandem.Core.Tests.Sharing;

/// <summary>DOMAIN.md's "Sharing happens within a case": who a share reaches, case by case.</summary>
public sealed class ClientMaterialRuleTests
{
    private static readonly Guid Practice = Guid.NewGuid();
    private static readonly Guid Ari = Guid.NewGuid();
    private static readonly Guid Bo = Guid.NewGuid();
    private static readonly Guid Noor = Guid.NewGuid();
    private static readonly Guid Sam = Guid.NewGuid();
    private static readonly Guid Maya = Guid.NewGuid();

    private static CaseAccessFacts Case(CaseStage stage, Guid lead, params Guid[] clients) => new(Guid.NewGuid(), Practice, [lead], clients, lead, stage);

    private static Viewer Client(Guid id) => new(Guid.NewGuid(), Practice, new HashSet<string> { Roles.Client }, id);

    private static Viewer Clinician(Guid id) => new(id, Practice, new HashSet<string> { Roles.Clinician }, null);

    [Theory]
    [InlineData(CaseStage.Inquiry, true)]
    [InlineData(CaseStage.DosingSeries, true)]
    [InlineData(CaseStage.FollowUp, true)]
    [InlineData(CaseStage.Paused, true)]
    [InlineData(CaseStage.Closed, false)]
    [InlineData(CaseStage.Withdrawn, false)]
    public void A_case_is_open_in_every_stage_but_closed_and_withdrawn(CaseStage stage, bool open) => Assert.Equal(open, CaseJourney.IsOpen(stage));

    [Fact]
    public void A_partner_share_reaches_the_partner_of_that_case_only_while_it_is_open_and_its_team_always()
    {
        var ours = Case(CaseStage.DosingSeries, Sam, Ari, Bo);
        var shared = new MaterialFacts(Practice, Ari, [new(Visibility.MyPartnerAndMyClinician, ours)]);
        Assert.True(ClientMaterialRule.Reads(Client(Bo), shared));
        Assert.True(ClientMaterialRule.Reads(Clinician(Sam), shared));
        Assert.False(ClientMaterialRule.Reads(Client(Noor), shared));
        Assert.False(ClientMaterialRule.Reads(Clinician(Maya), shared));

        var ended = shared with { Shares = [new(Visibility.MyPartnerAndMyClinician, ours with { Stage = CaseStage.Closed })] };
        Assert.False(ClientMaterialRule.Reads(Client(Bo), ended));
        Assert.True(ClientMaterialRule.Reads(Clinician(Sam), ended));
        Assert.True(ClientMaterialRule.Reads(Client(Ari), ended));
    }

    [Fact]
    public void A_later_case_inherits_nothing_until_the_item_is_shared_there_too()
    {
        var earlier = Case(CaseStage.Withdrawn, Sam, Ari, Bo);
        var later = Case(CaseStage.Preparation, Maya, Ari, Noor);
        var sharedEarlier = new MaterialFacts(Practice, Ari, [new(Visibility.MyPartnerAndMyClinician, earlier)]);
        Assert.False(ClientMaterialRule.Reads(Client(Noor), sharedEarlier));
        Assert.False(ClientMaterialRule.Reads(Clinician(Maya), sharedEarlier));

        var sharedAgain = sharedEarlier with { Shares = [.. sharedEarlier.Shares, new(Visibility.MeAndMyClinician, later)] };
        Assert.True(ClientMaterialRule.Reads(Clinician(Maya), sharedAgain));
        Assert.False(ClientMaterialRule.Reads(Client(Noor), sharedAgain));
    }

    [Fact]
    public void A_clinician_share_never_reaches_a_partner_and_only_the_owner_changes_anything()
    {
        var ours = Case(CaseStage.Preparation, Sam, Ari, Bo);
        var shared = new MaterialFacts(Practice, Ari, [new(Visibility.MeAndMyClinician, ours)]);
        Assert.False(ClientMaterialRule.Reads(Client(Bo), shared));
        foreach (var operation in new[] { MaterialOperation.Edit, MaterialOperation.Delete, MaterialOperation.Export, MaterialOperation.Share })
        {
            Assert.True(ClientMaterialRule.Allows(Client(Ari), operation, shared));
            Assert.False(ClientMaterialRule.Allows(Client(Bo), operation, shared));
            Assert.False(ClientMaterialRule.Allows(Clinician(Sam), operation, shared));
        }

        Assert.False(ClientMaterialRule.Reads(Client(Ari) with { PracticeId = Guid.NewGuid() }, shared));
    }
}
