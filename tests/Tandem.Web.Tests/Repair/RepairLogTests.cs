using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Repair;

public abstract class RepairLogTests(TandemApp app)
{
    [Fact]
    public async Task Each_partner_writes_unseen_and_both_sides_are_revealed_together_when_both_are_ready()
    {
        var (caseId, a, b) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.DosingSeries, "sam");
        var ari = await app.SignInAsync(a.Email);
        var bo = await app.SignInAsync(b.Email);
        var episodeUrl = await StartAsync(ari, "ari-words: the unwashed dishes");

        Assert.Equal(HttpStatusCode.NotFound, (await bo.GetAsync(episodeUrl)).Status);
        Assert.DoesNotContain(episodeUrl, (await bo.GetAsync("/Portal/Repair")).Html, StringComparison.Ordinal);
        Assert.Empty((await bo.GetAsync("/Portal")).Document.QuerySelectorAll(".awaiting-side"));

        Assert.Equal(HttpStatusCode.Redirect, (await ari.SubmitAsync(episodeUrl, "form[action*=Ready]", [])).StatusCode);
        var notice = (await bo.GetAsync("/Portal")).Document.QuerySelector(".awaiting-side")!.TextContent;
        Assert.Contains(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)).ToString("dddd", CultureInfo.InvariantCulture), notice, StringComparison.Ordinal);
        var waiting = await bo.GetAsync(episodeUrl);
        Assert.Equal(HttpStatusCode.OK, waiting.Status);
        Assert.DoesNotContain("ari-words", waiting.Text, StringComparison.Ordinal);
        var team = $"/Cases/{caseId}/Repair";
        Assert.DoesNotContain("ari-words", (await (await app.As(app.Demo.Emails["sam"])).GetAsync(team)).Text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await bo.SubmitAsync(episodeUrl, "#my-side", Side("bo-words: the cold greeting"))).StatusCode);
        Assert.DoesNotContain("ari-words", (await bo.GetAsync(episodeUrl)).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await bo.SubmitAsync(episodeUrl, "form[action*=Ready]", [])).StatusCode);

        foreach (var partner in new[] { ari, bo })
        {
            var revealed = await partner.GetAsync(episodeUrl);
            Assert.Contains("ari-words", revealed.Text, StringComparison.Ordinal);
            Assert.Contains("bo-words", revealed.Text, StringComparison.Ordinal);
        }

        var teamView = await (await app.As(app.Demo.Emails["sam"])).GetAsync(team);
        Assert.Contains("bo-words", teamView.Text, StringComparison.Ordinal);
        Assert.Contains("1 over 1 week", teamView.Document.QuerySelector("#trends")!.TextContent, StringComparison.Ordinal);
        Assert.True(await app.InDatabaseAsync(db => db.AuditEvents.AnyAsync(e => e.Code == AuditCode.RepairEpisode_Revealed)));

        // Fixed once revealed: neither taking back nor rewriting changes anything.
        var token = await ari.TokenAsync(episodeUrl);
        var takeBack = await ari.PostAsync($"{episodeUrl}?handler=TakeBack", [new("__RequestVerificationToken", token)]);
        Assert.Contains("can no longer change", await takeBack.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var rewrite = await ari.PostAsync($"{episodeUrl}?handler=Save", [new("__RequestVerificationToken", token), .. Side("rewritten")]);
        Assert.Contains("can no longer change", await rewrite.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.RepairSides.CountAsync(s => s.ClientId == a.Id && (s.ReadyAt == null || s.WhatSetItOff == "rewritten"))));
    }

    [Fact]
    public async Task A_side_taken_back_is_hidden_again_and_a_side_shared_early_reaches_the_team_but_not_the_partner()
    {
        var (caseId, a, b) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.DosingSeries, "sam");
        var ari = await app.SignInAsync(a.Email);
        var bo = await app.SignInAsync(b.Email);
        var episodeUrl = await StartAsync(ari, "ari-early: the phone at dinner");
        await ari.SubmitAsync(episodeUrl, "form[action*=Ready]", []);
        Assert.Equal(HttpStatusCode.OK, (await bo.GetAsync(episodeUrl)).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await ari.SubmitAsync(episodeUrl, "form[action*=TakeBack]", [])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bo.GetAsync(episodeUrl)).Status);
        Assert.Empty((await bo.GetAsync("/Portal")).Document.QuerySelectorAll(".awaiting-side"));

        var team = $"/Cases/{caseId}/Repair";
        var sam = await app.As(app.Demo.Emails["sam"]);
        Assert.DoesNotContain("ari-early", (await sam.GetAsync(team)).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ari.SubmitAsync(episodeUrl, "form[action*=Share]", [])).StatusCode);
        Assert.Contains("ari-early", (await sam.GetAsync(team)).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await bo.GetAsync(episodeUrl)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await bo.GetAsync(team)).Status);
    }

    [Fact]
    public async Task Both_partners_marking_ready_at_the_same_moment_never_leaves_the_episode_unrevealed()
    {
        var (_, a, b) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.DosingSeries, "sam");
        var ari = await app.SignInAsync(a.Email);
        var bo = await app.SignInAsync(b.Email);
        var episodeUrl = await StartAsync(ari, "race");
        await ari.SubmitAsync(episodeUrl, "form[action*=Ready]", []);
        await bo.SubmitAsync(episodeUrl, "#my-side", Side("race too"));
        await ari.SubmitAsync(episodeUrl, "form[action*=TakeBack]", []);
        var (ariPage, boPage) = (await ari.GetAsync(episodeUrl), await bo.GetAsync(episodeUrl));

        var posts = await Task.WhenAll(
            ari.SubmitAsync(ariPage, episodeUrl, "form[action*=Ready]", []),
            bo.SubmitAsync(boPage, episodeUrl, "form[action*=Ready]", []));

        var (ready, revealed) = await app.InDatabaseAsync(async db =>
        {
            var episode = await db.RepairEpisodes.Include(e => e.Sides).SingleAsync(e => e.Sides.Any(s => s.ClientId == a.Id));
            return (episode.Sides.Count(s => s.ReadyAt != null), episode.RevealedAt != null);
        });
        Assert.Equal(ready == 2, revealed);
        if (!revealed)
        {
            var told = Assert.Single(posts, p => p.StatusCode == HttpStatusCode.OK);
            Assert.Contains("at the same moment", WebUtility.HtmlDecode(await told.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Side.WhatSetItOff", "", "Say what set it off.")]
    [InlineData("Side.Outcome", "", "Say how it ended.")]
    [InlineData("Side.Outcome", "Forgotten", "\"Forgotten\" is not a valid choice here.")]
    [InlineData("Side.MinutesToRepair", "-5", "Enter the minutes until someone reached for repair")]
    [InlineData("OccurredOn", "2099-01-01", "Choose a day in the past year, up to today.")]
    public async Task Bad_input_gets_a_message_and_writes_nothing(string field, string value, string message)
    {
        var (_, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.DosingSeries, "sam");
        var ari = await app.SignInAsync(a.Email);
        var values = Side("bad input");
        values["OccurredOn"] = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        values[field] = value;

        var response = await ari.SubmitAsync("/Portal/Repair", "#new-episode", values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.RepairSides.CountAsync(s => s.ClientId == a.Id)));
    }

    [Fact]
    public async Task An_individual_client_has_no_repair_log_and_cannot_write_into_a_couples()
    {
        var (_, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.DosingSeries, "sam");
        var episodeUrl = await StartAsync(await app.SignInAsync(a.Email), "not for strangers");
        var stranger = await app.As(app.Demo.Emails["tom"]);

        Assert.Contains("for couples", (await stranger.GetAsync("/Portal/Repair")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(episodeUrl)).Status);
        var token = await stranger.TokenAsync("/Portal/Repair");
        var forced = await stranger.PostAsync($"{episodeUrl}?handler=Save", [new("__RequestVerificationToken", token), .. Side("intruder")]);
        Assert.Equal(HttpStatusCode.NotFound, forced.StatusCode);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.RepairSides.CountAsync(s => s.WhatSetItOff == "intruder")));
    }

    private static async Task<string> StartAsync(PageSession client, string trigger)
    {
        var values = Side(trigger);
        values["OccurredOn"] = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var created = await client.SubmitAsync("/Portal/Repair", "#new-episode", values);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return created.Headers.Location!.OriginalString;
    }

    private static Dictionary<string, string> Side(string trigger) => new()
    {
        ["Side.WhatSetItOff"] = trigger, ["Side.EarlySigns"] = "Heat in my face", ["Side.ReachedForRepair"] = "Me",
        ["Side.MinutesToRepair"] = "20", ["Side.Outcome"] = "Partly", ["Side.NextTime"] = "Name it sooner",
    };
}

[Collection(SqliteApp.Collection)]
public sealed class RepairLogTests_Sqlite(SqliteApp app) : RepairLogTests(app);

[Collection(PostgresApp.Collection)]
public sealed class RepairLogTests_Postgres(PostgresApp app) : RepairLogTests(app);
