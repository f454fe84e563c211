using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Web.Tests.Infrastructure;
using static Tandem.Web.Tests.RippleMap.MapForm;

namespace Tandem.Web.Tests.RippleMap;

/// <summary>The case team sees each partner's latest map shared with it, side by side, and nothing of a map kept back.</summary>
public abstract class CoupleMapsTests(TandemApp app)
{
    [Fact]
    public async Task The_team_sees_each_partners_latest_shared_map_and_its_change_and_nothing_of_a_map_not_shared_with_it()
    {
        var (caseId, a, b) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var ari = await app.SignInAsync(a.Email);
        var baseline = await DrawnAsync(ari, "MeAndMyClinician", (0, new("Mia", "Partner", "Middle", "4", "Strained")), (1, new("Jo", "Friend", "Middle", "4", "Supportive")));
        var redrawn = await DrawnAsync(ari, "MyPartnerAndMyClinician",
            (0, new("Jo", "Friend", "Middle", "4", "Supportive", Gone: true)), (1, new("Mia", "Partner", "Inner", "6", "Supportive")));
        await DrawnAsync(ari, "OnlyMe", (0, new("Mia kept to myself", "Partner", "Outer", "2", "Strained")));
        var bo = await app.SignInAsync(b.Email);
        await DrawnAsync(bo, "OnlyMe", (0, new("Ari kept by Bo", "Partner", "Inner", "7", "Supportive")));

        var url = $"/Cases/{caseId}/RippleMap";
        var sam = await app.As(app.Demo.Emails["sam"]);
        var before = await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.Code == AuditCode.RippleMap_ViewedByCaseTeam && e.ClientId == a.Id));
        var page = await sam.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var ariColumn = page.Document.QuerySelector($"#map-{a.Id:N}")!;
        var boColumn = page.Document.QuerySelector($"#map-{b.Id:N}")!;
        Assert.Single(ariColumn.QuerySelectorAll("figure.ripple-map svg"));
        Assert.Contains("Mia", ariColumn.QuerySelector("table.map-people")!.TextContent, StringComparison.Ordinal);
        var changes = ariColumn.QuerySelectorAll(".map-changes li").Select(li => li.TextContent.Trim().Replace("\n", " ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Mia: moved inward (middle → inner); closer (4 → 6 of 7); strained → supportive", "Jo: no longer on the map"], changes);
        Assert.DoesNotContain("kept to myself", page.Text, StringComparison.Ordinal);
        Assert.Contains("not shared with the case team", boColumn.TextContent, StringComparison.Ordinal);
        Assert.Empty(boColumn.QuerySelectorAll("svg, table"));
        Assert.DoesNotContain("Ari kept by Bo", page.Text, StringComparison.Ordinal);
        Assert.Equal(before + 2, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.Code == AuditCode.RippleMap_ViewedByCaseTeam && e.ClientId == a.Id
            && (e.EntityId == baseline.ToString() || e.EntityId == redrawn.ToString()))));
        Assert.NotNull((await sam.GetAsync($"/Cases/{caseId}")).Document.QuerySelector($"a[href='{url}']"));

        await DrawnAsync(bo, "MeAndMyClinician", (0, new("Ari for the team", "Partner", "Inner", "6", "Mixed")));
        var both = await sam.GetAsync(url);
        Assert.Contains("Ari for the team", both.Document.QuerySelector($"#map-{b.Id:N}")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("first map shared", both.Document.QuerySelector($"#map-{b.Id:N}")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync(await app.StaffAsync(app.Demo, Roles.Clinician))).GetAsync(url)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As(app.Other.Emails["sam"])).GetAsync(url)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await bo.GetAsync(url)).Status);
    }

    [Fact]
    public async Task The_demo_couple_have_baseline_maps_and_Jordans_redraw_shows_a_friendship_ended_and_a_sister_closer()
    {
        var practice = await app.OwnPracticeAsync();
        var sam = await app.SignInAsync(practice.Emails["sam"]);

        var page = await sam.GetAsync($"/Cases/{practice.Cases["couple"]}/RippleMap");

        var jordan = page.Document.QuerySelector($"#map-{practice.Clients["jordan"]:N}")!;
        var alex = page.Document.QuerySelector($"#map-{practice.Clients["alex"]:N}")!;
        var changes = jordan.QuerySelectorAll(".map-changes li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains(changes, c => c.StartsWith("Leah (my sister): moved inward", StringComparison.Ordinal));
        Assert.Contains("Marcus: no longer on the map", changes);
        Assert.Single(alex.QuerySelectorAll("figure.ripple-map svg"));
        Assert.Contains("first map shared", alex.TextContent, StringComparison.Ordinal);
    }
}

[Collection(SqliteApp.Collection)]
public sealed class CoupleMapsTests_Sqlite(SqliteApp app) : CoupleMapsTests(app);

[Collection(PostgresApp.Collection)]
public sealed class CoupleMapsTests_Postgres(PostgresApp app) : CoupleMapsTests(app);
