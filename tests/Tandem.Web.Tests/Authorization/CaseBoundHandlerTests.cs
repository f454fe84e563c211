using Tandem.Core.Cases;
using Tandem.Core.Journal;
using Tandem.Core.Measures;
using Tandem.Core.Repair;
using Tandem.Core.Sharing;
using Tandem.Web.Authorization.Material;
using static Tandem.Web.Tests.Authorization.MaterialMatrix;

namespace Tandem.Web.Tests.Authorization;

/// <summary>Material that belongs to the case it was made in: repair sides, practice check-ins and questionnaires.</summary>
public sealed class CaseBoundHandlerTests
{
    private static readonly Actor[] OwnerOnly = [Actor.Owner];
    private static readonly Actor[] Nobody = [];

    private static RepairSideFacts Side(bool revealed, bool shared, CaseStage stage = CaseStage.DosingSeries) => new(Practice, Ari, Ours(stage), revealed, shared);

    [Fact]
    public Task A_draft_repair_side_is_its_authors_alone() => AssertAsync<RepairSide>(new RepairSideHandler(), Side(revealed: false, shared: false), new()
    {
        [MaterialOperation.Read] = OwnerOnly, [MaterialOperation.Edit] = OwnerOnly, [MaterialOperation.Share] = OwnerOnly,
        [MaterialOperation.Export] = OwnerOnly, [MaterialOperation.Delete] = Nobody,
    });

    [Fact]
    public Task A_side_shared_early_reaches_the_case_team_not_the_partner() => AssertAsync<RepairSide>(new RepairSideHandler(), Side(revealed: false, shared: true), new()
    {
        [MaterialOperation.Read] = [Actor.Owner, Actor.CaseTeam], [MaterialOperation.Edit] = OwnerOnly, [MaterialOperation.Share] = OwnerOnly,
        [MaterialOperation.Export] = OwnerOnly,
    });

    [Fact]
    public Task A_revealed_side_reaches_partner_and_team_and_is_fixed() => AssertAsync<RepairSide>(new RepairSideHandler(), Side(revealed: true, shared: false), new()
    {
        [MaterialOperation.Read] = [Actor.Owner, Actor.Partner, Actor.CaseTeam], [MaterialOperation.Export] = OwnerOnly,
    });

    [Fact]
    public Task A_closed_case_ends_the_partners_view_of_a_revealed_side_and_its_drafts_are_fixed() =>
        Task.WhenAll(
            AssertAsync<RepairSide>(new RepairSideHandler(), Side(revealed: true, shared: false, CaseStage.Closed), new()
            {
                [MaterialOperation.Read] = [Actor.Owner, Actor.CaseTeam], [MaterialOperation.Export] = OwnerOnly,
            }),
            AssertAsync<RepairSide>(new RepairSideHandler(), Side(revealed: false, shared: false, CaseStage.Closed), new()
            {
                [MaterialOperation.Read] = OwnerOnly, [MaterialOperation.Export] = OwnerOnly,
            }));

    [Fact]
    public Task A_practice_check_in_reaches_the_team_of_the_case_its_practice_was_given_in() =>
        AssertAsync<HomePracticeCheckIn>(new HomePracticeCheckInHandler(), new HomePracticeCheckIn { PracticeId = Practice, ClientId = Ari }.AsMaterial(Ours()), new()
        {
            [MaterialOperation.Read] = [Actor.Owner, Actor.CaseTeam], [MaterialOperation.Edit] = OwnerOnly, [MaterialOperation.Export] = OwnerOnly,
        });

    private static QuestionnaireFacts Questionnaire(bool submitted, bool shownToPartner, params Core.Access.CaseAccessFacts[] sharedInto) =>
        new(Practice, Ari, submitted, Ours(), shownToPartner, sharedInto);

    [Fact]
    public Task A_questionnaire_is_answered_by_its_client_until_submitted_and_read_by_its_cases_team() =>
        Task.WhenAll(
            AssertAsync<QuestionnaireResponse>(new QuestionnaireResponseHandler(), Questionnaire(submitted: false, shownToPartner: false), new()
            {
                [MaterialOperation.Read] = [Actor.Owner, Actor.CaseTeam], [MaterialOperation.Edit] = OwnerOnly, [MaterialOperation.Export] = OwnerOnly,
                [MaterialOperation.Share] = OwnerOnly,
            }),
            AssertAsync<QuestionnaireResponse>(new QuestionnaireResponseHandler(), Questionnaire(submitted: true, shownToPartner: false), new()
            {
                [MaterialOperation.Read] = [Actor.Owner, Actor.CaseTeam], [MaterialOperation.Export] = OwnerOnly, [MaterialOperation.Share] = OwnerOnly,
            }));

    [Fact]
    public Task A_shown_couple_score_reaches_the_partner_and_a_shared_earlier_score_reaches_the_later_team() =>
        Task.WhenAll(
            AssertAsync<QuestionnaireResponse>(new QuestionnaireResponseHandler(), Questionnaire(submitted: true, shownToPartner: true), new()
            {
                [MaterialOperation.Read] = [Actor.Owner, Actor.Partner, Actor.CaseTeam], [MaterialOperation.Export] = OwnerOnly, [MaterialOperation.Share] = OwnerOnly,
            }),
            AssertAsync<QuestionnaireResponse>(new QuestionnaireResponseHandler(), Questionnaire(submitted: true, shownToPartner: false, Later), new()
            {
                [MaterialOperation.Read] = [Actor.Owner, Actor.CaseTeam, Actor.LaterCaseTeam], [MaterialOperation.Export] = OwnerOnly, [MaterialOperation.Share] = OwnerOnly,
            }));

    [Theory]
    [InlineData("CSI-4", true, true)]
    [InlineData("CSI-4", false, false)]
    [InlineData("PHQ-9", true, false)]
    [InlineData("GAD-7", true, false)]
    public void Only_the_couple_satisfaction_line_is_ever_shown_to_a_partner(string instrument, bool chose, bool shown) =>
        Assert.Equal(shown, QuestionnaireFacts.ShowsToPartner(instrument, chose));
}
