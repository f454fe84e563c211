using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Web.Tests.Infrastructure;
using static Tandem.Web.Tests.RippleMap.MapForm;

namespace Tandem.Web.Tests.RippleMap;

/// <summary>Each map reaches whom its owner chose, in the case it was shared in, and nobody through a later case.</summary>
public abstract class MapSharingTests(TandemApp app)
{
    [Fact]
    public async Task Each_map_reaches_exactly_whom_its_owner_chose_and_the_comparison_shows_a_reader_only_maps_they_may_see()
    {
        var (caseId, a, b) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var ari = await app.SignInAsync(a.Email);
        var forUs = await DrawnAsync(ari, "MyPartnerAndMyClinician", (0, new("Bo for us both", "Partner", "Inner", "6", "Supportive")));
        var forTeam = await DrawnAsync(ari, "MeAndMyClinician", (0, new("Bo for my clinician", "Partner", "Inner", "6", "Mixed")));
        var mine = await DrawnAsync(ari, "OnlyMe", (0, new("Bo kept to myself", "Partner", "Middle", "3", "Strained")));

        var bo = await app.SignInAsync(b.Email);
        var boList = (await bo.GetAsync("/Portal/RippleMap")).Text;
        Assert.Contains("Bo for us both", boList, StringComparison.Ordinal);
        Assert.DoesNotContain("Bo for my clinician", boList, StringComparison.Ordinal);
        Assert.DoesNotContain("Bo kept to myself", boList, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await bo.GetAsync($"/Portal/RippleMap/{forUs}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await bo.GetAsync($"/Portal/RippleMap/{forTeam}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await bo.GetAsync($"/Portal/RippleMap/{mine}")).Status);
        Assert.DoesNotContain("Bo for my clinician", (await bo.GetAsync($"/Portal/RippleMap/{forUs}")).Text, StringComparison.Ordinal);
        var compare = $"/Portal/RippleMap/Compare?from={forUs}&to={forTeam}";
        Assert.Equal(HttpStatusCode.NotFound, (await bo.GetAsync(compare)).Status);
        Assert.Contains("Bo for my clinician", (await ari.GetAsync(compare)).Text, StringComparison.Ordinal);
        Assert.True(await app.InDatabaseAsync(db => db.AuditEvents.AnyAsync(e => e.Code == AuditCode.SharedMaterial_ReadByPartner && e.EntityId == forUs.ToString() && e.ClientId == a.Id)));

        var teamUrl = $"/Cases/{caseId}/RippleMap/{a.Id}";
        var sam = await app.As(app.Demo.Emails["sam"]);
        var before = await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.Code == AuditCode.RippleMap_ViewedByCaseTeam && e.EntityId == forTeam.ToString()));
        var team = await sam.GetAsync(teamUrl);
        Assert.Contains("Bo for us both", team.Text, StringComparison.Ordinal);
        Assert.Contains("Bo for my clinician", team.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bo kept to myself", team.Text, StringComparison.Ordinal);
        Assert.Contains("Bo for my clinician: supportive → mixed", team.Document.QuerySelector(".map-changes")!.TextContent.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(before + 1, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.Code == AuditCode.RippleMap_ViewedByCaseTeam && e.EntityId == forTeam.ToString() && e.ClientId == a.Id)));
        Assert.NotNull((await sam.GetAsync($"/Cases/{caseId}")).Document.QuerySelector($"a[href='{teamUrl}']"));

        var offTeam = await app.SignInAsync(await app.StaffAsync(app.Demo, Roles.Clinician));
        Assert.Equal(HttpStatusCode.NotFound, (await offTeam.GetAsync(teamUrl)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As(app.Other.Emails["sam"])).GetAsync(teamUrl)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await bo.GetAsync(teamUrl)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await sam.GetAsync($"/Portal/RippleMap/{forTeam}")).Status);

        await app.InDatabaseAsync(db => db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(c => c.SetProperty(x => x.Stage, CaseStage.Closed)));
        Assert.DoesNotContain("Bo for us both", (await bo.GetAsync("/Portal/RippleMap")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await bo.GetAsync($"/Portal/RippleMap/{forUs}")).Status);
        Assert.Contains("Bo for us both", (await sam.GetAsync(teamUrl)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_partner_in_a_later_case_and_its_team_never_see_a_map_shared_in_an_earlier_case_until_it_is_shared_there()
    {
        var (firstCase, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var ari = await app.SignInAsync(a.Email);
        var shared = await DrawnAsync(ari, "MyPartnerAndMyClinician", (0, new("Noor from before", "Friend", "Inner", "6", "Supportive")));
        await app.InDatabaseAsync(db => db.Cases.Where(c => c.Id == firstCase).ExecuteUpdateAsync(c => c.SetProperty(x => x.Stage, CaseStage.Closed)));
        var dee = await app.ClientWithLoginAsync(app.Demo, "Dee");
        var lead = await app.StaffAsync(app.Demo, Roles.Clinician);
        var laterCase = await app.CaseOfAsync(app.Demo, CaseStage.Preparation, [a.Id, dee.Id], lead);

        var deeSession = await app.SignInAsync(dee.Email);
        var leadSession = await app.SignInAsync(lead);
        var laterTeam = $"/Cases/{laterCase}/RippleMap/{a.Id}";
        Assert.DoesNotContain("Noor from before", (await deeSession.GetAsync("/Portal/RippleMap")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await deeSession.GetAsync($"/Portal/RippleMap/{shared}")).Status);
        Assert.DoesNotContain("Noor from before", (await leadSession.GetAsync(laterTeam)).Text, StringComparison.Ordinal);

        var sharing = $"/Portal/Sharing/MapSnapshot/{shared}";
        Assert.Contains("Noor from before", (await ari.GetAsync(sharing)).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await deeSession.GetAsync(sharing)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await ari.SubmitAsync(sharing, "#share-form", new() { ["Input.Visibility"] = "MyPartnerAndMyClinician" })).StatusCode);
        Assert.Contains("Noor from before", (await deeSession.GetAsync("/Portal/RippleMap")).Text, StringComparison.Ordinal);
        Assert.Contains("Noor from before", (await leadSession.GetAsync(laterTeam)).Text, StringComparison.Ordinal);
    }
}

[Collection(SqliteApp.Collection)]
public sealed class MapSharingTests_Sqlite(SqliteApp app) : MapSharingTests(app);

[Collection(PostgresApp.Collection)]
public sealed class MapSharingTests_Postgres(PostgresApp app) : MapSharingTests(app);
