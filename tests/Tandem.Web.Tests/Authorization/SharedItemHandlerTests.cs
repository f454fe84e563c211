using Tandem.Core.Cases;
using Tandem.Core.Journal;
using Tandem.Core.Preparation;
using Tandem.Core.RippleMap;
using Tandem.Core.Sharing;
using Tandem.Web.Authorization.Material;
using static Tandem.Web.Tests.Authorization.MaterialMatrix;

namespace Tandem.Web.Tests.Authorization;

/// <summary>Journal entries, intentions, hot spots and relationship maps: the owner does everything; a share lets its case read.</summary>
public sealed class SharedItemHandlerTests
{
    private static readonly Actor[] OwnerOnly = [Actor.Owner];

    private static Dictionary<MaterialOperation, Actor[]> Readers(params Actor[] readers) => new()
    {
        [MaterialOperation.Read] = [Actor.Owner, .. readers], [MaterialOperation.Edit] = OwnerOnly, [MaterialOperation.Delete] = OwnerOnly,
        [MaterialOperation.Export] = OwnerOnly, [MaterialOperation.Share] = OwnerOnly,
    };

    public static TheoryData<string> Kinds => ["journal", "intention", "hot spot", "map"];

    private static Task AssertAsync(string kind, MaterialFacts facts, Dictionary<MaterialOperation, Actor[]> allowed) => kind switch
    {
        "journal" => MaterialMatrix.AssertAsync<JournalEntry>(new JournalEntryHandler(), facts, allowed),
        "intention" => MaterialMatrix.AssertAsync<Intention>(new IntentionHandler(), facts, allowed),
        "map" => MaterialMatrix.AssertAsync<MapSnapshot>(new MapSnapshotHandler(), facts, allowed),
        _ => MaterialMatrix.AssertAsync<HotSpot>(new HotSpotHandler(), facts, allowed),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public Task Only_me_reaches_nobody_else(string kind) => AssertAsync(kind, Shared(), Readers());

    [Theory]
    [MemberData(nameof(Kinds))]
    public Task Me_and_my_clinician_reaches_that_cases_team(string kind) =>
        AssertAsync(kind, Shared(new ShareFacts(Visibility.MeAndMyClinician, Ours())), Readers(Actor.CaseTeam));

    [Theory]
    [MemberData(nameof(Kinds))]
    public Task My_partner_and_my_clinician_reaches_that_cases_partner_and_team(string kind) =>
        AssertAsync(kind, Shared(new ShareFacts(Visibility.MyPartnerAndMyClinician, Ours())), Readers(Actor.Partner, Actor.CaseTeam));

    [Theory]
    [MemberData(nameof(Kinds))]
    public Task A_paused_case_is_still_open_to_the_partner(string kind) =>
        AssertAsync(kind, Shared(new ShareFacts(Visibility.MyPartnerAndMyClinician, Ours(CaseStage.Paused))), Readers(Actor.Partner, Actor.CaseTeam));

    [Theory]
    [MemberData(nameof(Kinds))]
    public Task A_withdrawn_case_ends_the_former_partners_view(string kind) =>
        AssertAsync(kind, Shared(new ShareFacts(Visibility.MyPartnerAndMyClinician, Ours(CaseStage.Withdrawn))), Readers(Actor.CaseTeam));

    [Theory]
    [MemberData(nameof(Kinds))]
    public Task Sharing_again_in_a_later_case_adds_its_readers(string kind) =>
        AssertAsync(kind, Shared(new ShareFacts(Visibility.MyPartnerAndMyClinician, Ours(CaseStage.Closed)), new ShareFacts(Visibility.MeAndMyClinician, Later)), Readers(Actor.CaseTeam, Actor.LaterCaseTeam));
}
