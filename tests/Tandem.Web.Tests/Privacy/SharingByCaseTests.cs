using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Journal;
using Tandem.Core.Measures;
using Tandem.Core.Repair;
using Tandem.Core.Sharing;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Privacy;

/// <summary>
/// What a client shares belongs to the case it was shared in (DOMAIN.md, "Sharing happens within a case"): a later partner,
/// a partner in a second open couple case and the lead of a linked case see nothing of it, while the earlier case's
/// partner and team still do, on the same pages.
/// </summary>
public abstract class SharingByCaseTests(TandemApp app)
{
    private static readonly string[] Everything = ["journal", "intention", "hotspot", "repair", "practice", "score"];
    private static readonly string[] Written = ["journal", "intention", "hotspot"];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_partner_in_a_later_couple_case_and_its_team_see_nothing_shared_in_the_earlier_one(bool earlierCaseWithdrawn)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var earlier = await SharedInEarlierCaseAsync(tag, "MyPartnerAndMyClinician");
        var mika = await app.SignInAsync(earlier.B.Email);
        var mikaSaw = await PortalText(mika);
        Assert.All(ProbesOf(tag, Written), probe => Assert.Contains(probe, mikaSaw, StringComparison.Ordinal));
        if (earlierCaseWithdrawn)
        {
            await app.InDatabaseAsync(db => db.Cases.Where(c => c.Id == earlier.CaseId).ExecuteUpdateAsync(c => c.SetProperty(x => x.Stage, CaseStage.Withdrawn)));
        }

        var noor = await app.ClientWithLoginAsync(app.Demo, "Noor");
        var laterLead = await app.StaffAsync(app.Demo, Roles.Clinician);
        var later = await app.CaseOfAsync(app.Demo, CaseStage.Preparation, [earlier.A.Id, noor.Id], laterLead);
        await ShowCoupleScoresAsync(later, earlier.A.Id);

        var noorSees = await PortalText(await app.SignInAsync(noor.Email));
        var laterTeamSees = await TeamText(await app.SignInAsync(laterLead), later, earlier.A.Id);
        foreach (var probe in ProbesOf(tag, Everything))
        {
            Assert.DoesNotContain(probe, noorSees, StringComparison.Ordinal);
            Assert.DoesNotContain(probe, laterTeamSees, StringComparison.Ordinal);
        }

        var earlierTeamSees = await TeamText(await app.As(app.Demo.Emails["sam"]), earlier.CaseId, earlier.A.Id);
        Assert.All(ProbesOf(tag, Everything), probe => Assert.Contains(probe, earlierTeamSees, StringComparison.Ordinal));
        var mikaSees = await PortalText(mika);
        Assert.All(ProbesOf(tag, [.. Written, "score"]), probe => Assert.Equal(!earlierCaseWithdrawn, mikaSees.Contains(probe, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_lead_of_a_linked_case_reads_nothing_the_client_shared_with_their_earlier_clinicians()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var earlier = await SharedInEarlierCaseAsync(tag, "MeAndMyClinician");
        var prospect = await app.ClientWithLoginAsync(app.Demo, "Remy");
        var linkedLead = await app.StaffAsync(app.Demo, Roles.Clinician);
        var linked = await app.CaseOfAsync(app.Demo, CaseStage.Intake, [prospect.Id, earlier.A.Id], linkedLead);

        var linkedLeadSees = await TeamText(await app.SignInAsync(linkedLead), linked, earlier.A.Id);
        foreach (var probe in ProbesOf(tag, Everything))
        {
            Assert.DoesNotContain(probe, linkedLeadSees, StringComparison.Ordinal);
        }

        var earlierTeamSees = await TeamText(await app.As(app.Demo.Emails["maya"]), earlier.CaseId, earlier.A.Id);
        Assert.All(ProbesOf(tag, Everything), probe => Assert.Contains(probe, earlierTeamSees, StringComparison.Ordinal));
    }

    /// <summary>
    /// A couple in their series (Sam leads, Maya is on the team) where partner A wrote a journal entry, an intention and a
    /// hot spot in the portal with <paramref name="visibility"/>, and has a revealed repair episode, a practice check-in and
    /// scored questionnaires (PHQ-9 and CSI-4, shown to the partner) in the case.
    /// </summary>
    private async Task<SeriesCase> SharedInEarlierCaseAsync(string tag, string visibility)
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        await WriteAsync(await app.SignInAsync(series.A.Email), tag, visibility);
        var practice = (await app.PracticesGivenAsync(app.Demo, series, count: 1))[0];
        await RecordInCaseAsync(series, practice.Id, tag);
        await ShowCoupleScoresAsync(series.CaseId, series.A.Id);
        return series;
    }

    [Fact]
    public async Task With_two_open_cases_the_client_names_the_case_each_time_and_only_that_case_reads_it()
    {
        var (first, ari, bo) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var cam = await app.ClientWithLoginAsync(app.Demo, "Cam");
        var secondLead = await app.StaffAsync(app.Demo, Roles.Clinician);
        var second = await app.CaseOfAsync(app.Demo, CaseStage.Preparation, [ari.Id, cam.Id], secondLead);
        var author = await app.SignInAsync(ari.Email);
        var tag = Guid.NewGuid().ToString("N")[..8];

        var page = await author.GetAsync("/Portal/Journal");
        Assert.Equal(2, page.Document.QuerySelectorAll("#new-entry input[name='Input.CaseId'][type=radio]").Length);
        Assert.Empty(page.Document.QuerySelectorAll("#new-entry input[name='Input.CaseId']:checked"));
        var unnamed = await author.SubmitAsync(page, "/Portal/Journal", "#new-entry", new() { ["Input.Body"] = $"unnamed-{tag}", ["Input.Visibility"] = "MyPartnerAndMyClinician" });
        Assert.Contains("Choose which of your cares to share it in.", await unnamed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.InDatabaseAsync(db => db.JournalEntries.AnyAsync(j => j.AuthorClientId == ari.Id)));

        var named = await author.SubmitAsync("/Portal/Journal", "#new-entry", new()
        {
            ["Input.Body"] = $"journal-{tag}", ["Input.Visibility"] = "MyPartnerAndMyClinician", ["Input.CaseId"] = second.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, named.StatusCode);
        Assert.Contains($"journal-{tag}", (await (await app.SignInAsync(cam.Email)).GetAsync("/Portal/Journal")).Html, StringComparison.Ordinal);
        Assert.Contains($"journal-{tag}", (await (await app.SignInAsync(secondLead)).GetAsync($"/Cases/{second}/Journal/{ari.Id}")).Html, StringComparison.Ordinal);
        Assert.DoesNotContain($"journal-{tag}", (await (await app.SignInAsync(bo.Email)).GetAsync("/Portal/Journal")).Html, StringComparison.Ordinal);
        Assert.DoesNotContain($"journal-{tag}", (await (await app.As(app.Demo.Emails["sam"])).GetAsync($"/Cases/{first}/Journal/{ari.Id}")).Html, StringComparison.Ordinal);
        var share = await app.InDatabaseAsync(db => db.Shares.SingleAsync(x => x.OwnerClientId == ari.Id));
        Assert.Equal((second, Visibility.MyPartnerAndMyClinician), (share.CaseId, share.Audience));
        Assert.True(await app.InDatabaseAsync(db => db.AuditEvents.AnyAsync(e => e.Code == AuditCode.JournalEntry_Written && e.ClientId == ari.Id)));
    }

    [Fact]
    public async Task An_earlier_item_is_shared_into_a_later_case_from_its_page_and_the_earlier_share_keeps_its_audience()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var earlier = await SharedInEarlierCaseAsync(tag, "MyPartnerAndMyClinician");
        var noor = await app.ClientWithLoginAsync(app.Demo, "Noor");
        var laterLead = await app.StaffAsync(app.Demo, Roles.Clinician);
        var later = await app.CaseOfAsync(app.Demo, CaseStage.Preparation, [earlier.A.Id, noor.Id], laterLead);
        var author = await app.SignInAsync(earlier.A.Email);
        var entry = await app.InDatabaseAsync(db => db.JournalEntries.Where(j => j.AuthorClientId == earlier.A.Id).Select(j => j.Id).SingleAsync());
        var sharing = $"/Portal/Sharing/JournalEntry/{entry}";

        var refused = await author.SubmitAsync(sharing, "#share-form", new() { ["Input.Visibility"] = "MeAndMyClinician" });
        Assert.Contains("Choose which of your cares to share it in.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var shared = await author.SubmitAsync(sharing, "#share-form", new() { ["Input.Visibility"] = "MeAndMyClinician", ["Input.CaseId"] = later.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, shared.StatusCode);

        Assert.Contains($"journal-{tag}", (await (await app.SignInAsync(laterLead)).GetAsync($"/Cases/{later}/Journal/{earlier.A.Id}")).Html, StringComparison.Ordinal);
        Assert.DoesNotContain($"journal-{tag}", (await (await app.SignInAsync(noor.Email)).GetAsync("/Portal/Journal")).Html, StringComparison.Ordinal);
        Assert.Contains($"journal-{tag}", (await (await app.SignInAsync(earlier.B.Email)).GetAsync("/Portal/Journal")).Html, StringComparison.Ordinal);
        var audiences = await app.InDatabaseAsync(db => db.Shares.Where(x => x.ItemId == entry).OrderBy(x => x.SharedAt).Select(x => new { x.CaseId, x.Audience }).ToListAsync());
        Assert.Equal([(earlier.CaseId, Visibility.MyPartnerAndMyClinician), (later, Visibility.MeAndMyClinician)], audiences.Select(a => (a.CaseId, a.Audience)).ToList());
        Assert.True(await app.InDatabaseAsync(db => db.AuditEvents.AnyAsync(e => e.Code == AuditCode.Share_Changed && e.ClientId == earlier.A.Id)));
    }

    [Fact]
    public async Task Earlier_scores_reach_a_later_cases_clinicians_only_while_the_client_shares_them_there()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var earlier = await SharedInEarlierCaseAsync(tag, "MeAndMyClinician");
        var laterLead = await app.StaffAsync(app.Demo, Roles.Clinician);
        var later = await app.CaseOfAsync(app.Demo, CaseStage.Preparation, [earlier.A.Id], laterLead);
        var lead = await app.SignInAsync(laterLead);
        var measures = $"/Cases/{later}/Measures";
        Assert.DoesNotContain(Tagged(tag).Name, (await lead.GetAsync(measures)).Html, StringComparison.Ordinal);

        var author = await app.SignInAsync(earlier.A.Email);
        Assert.Equal(HttpStatusCode.Redirect, (await author.SubmitAsync("/Portal/Measures", $"#share-earlier-{later}", [])).StatusCode);
        Assert.Contains(Tagged(tag).Name, (await lead.GetAsync(measures)).Html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await author.SubmitAsync("/Portal/Measures", $"#share-earlier-{later}", [])).StatusCode);
        Assert.DoesNotContain(Tagged(tag).Name, (await lead.GetAsync(measures)).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sharing_is_offered_only_where_it_can_reach_someone()
    {
        var (_, ari, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Closed, "sam");
        var closed = await app.SignInAsync(ari.Email);
        var none = await closed.GetAsync("/Portal/Preparation");
        Assert.Equal(["OnlyMe"], none.Document.QuerySelectorAll("#add-intention input[name='NewIntention.Visibility']").Select(i => i.GetAttribute("value")).ToList());
        var refused = await closed.SubmitAsync("/Portal/Preparation", "#add-intention", new() { ["NewIntention.Text"] = "to my clinician", ["NewIntention.Visibility"] = "MeAndMyClinician" });
        Assert.Contains("Choose who may read it from the options shown.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var dana = await app.ClientWithLoginAsync(app.Demo, "Dana");
        await app.CaseOfAsync(app.Demo, CaseStage.Preparation, [dana.Id], "maya");
        var individual = await app.SignInAsync(dana.Email);
        Assert.Null((await individual.GetAsync("/Portal/Journal")).Document.QuerySelector("input[value=MyPartnerAndMyClinician]"));
        var partner = await individual.SubmitAsync("/Portal/Journal", "#new-entry", new() { ["Input.Body"] = "for my partner", ["Input.Visibility"] = "MyPartnerAndMyClinician" });
        Assert.Contains("Only a couple&#x27;s care has a partner to share with.", await partner.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.InDatabaseAsync(db => db.Intentions.AnyAsync(i => i.AuthorClientId == ari.Id)));
        Assert.False(await app.InDatabaseAsync(db => db.JournalEntries.AnyAsync(j => j.AuthorClientId == dana.Id)));
    }

    private static IEnumerable<string> ProbesOf(string tag, params string[] kinds) => kinds.Select(k => k == "score" ? Tagged(tag).Name : $"{k}-{tag}");

    /// <summary>A journal entry, an intention and a hot spot, written in the portal with the visibility chosen there.</summary>
    private static async Task WriteAsync(PageSession author, string tag, string visibility)
    {
        var writes = new[]
        {
            ("/Portal/Journal", "#new-entry", new Dictionary<string, string> { ["Input.Body"] = $"journal-{tag}", ["Input.Visibility"] = visibility }),
            ("/Portal/Preparation", "#add-intention", new() { ["NewIntention.Text"] = $"intention-{tag}", ["NewIntention.Visibility"] = visibility }),
            ("/Portal/Preparation", "#add-hot-spot", new()
            {
                ["NewHotSpot.Situation"] = $"hotspot-{tag}", ["NewHotSpot.Feeling"] = "Small", ["NewHotSpot.UsualResponse"] = "Go quiet", ["NewHotSpot.Visibility"] = visibility,
            }),
        };
        foreach (var (url, form, values) in writes)
        {
            var response = await author.SubmitAsync(url, form, values);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>A revealed repair episode, a practice check-in and scored questionnaires, all of the series' case, by partner A.</summary>
    private Task<int> RecordInCaseAsync(SeriesCase series, Guid homePractice, string tag) => app.InDatabaseAsync(async db =>
    {
        var (p, now, caseId, client) = (app.Demo.PracticeId, DateTime.UtcNow, series.CaseId, series.A.Id);
        var today = DateOnly.FromDateTime(now);
        db.HomePracticeCheckIns.Add(new HomePracticeCheckIn { PracticeId = p, ClientId = client, CaseId = caseId, HomePracticeId = homePractice, Day = today, Done = true, HowItWent = 3, Note = $"practice-{tag}" });
        foreach (var instrument in new[] { Instruments.Phq9.Code, Instruments.Csi4.Code })
        {
            db.QuestionnaireResponses.Add(new QuestionnaireResponse
            {
                PracticeId = p, ClientId = client, CaseId = caseId, InstrumentCode = instrument, InstrumentVersion = "1", Timepoint = Tagged(tag),
                DueOn = today.AddDays(-3), SubmittedAt = now.AddDays(-3), Score = 9,
            });
        }

        var episode = new RepairEpisode { PracticeId = p, CaseId = caseId, OccurredOn = today.AddDays(-2), RevealedAt = now };
        foreach (var (who, text) in new[] { (client, $"repair-{tag}"), (series.B.Id, "The other view") })
        {
            episode.Sides.Add(new RepairSide
            {
                PracticeId = p, EpisodeId = episode.Id, CaseId = caseId, ClientId = who, WhatSetItOff = text, Outcome = RepairOutcome.Partly,
                ReachedForRepair = RepairReacher.Me, ReadyAt = now,
            });
        }

        db.RepairEpisodes.Add(episode);
        return await db.SaveChangesAsync();
    });

    /// <summary>A timepoint no schedule reaches, so that the pages show these scores by a name of their own.</summary>
    private static Timepoint Tagged(string tag) => Timepoint.BeforeDose(1000 + int.Parse(tag[..6], NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    private Task<int> ShowCoupleScoresAsync(Guid caseId, Guid client) => app.InDatabaseAsync(db =>
        db.CaseParticipants.Where(x => x.CaseId == caseId && x.ClientId == client).ExecuteUpdateAsync(x => x.SetProperty(c => c.ShowsCoupleScoresToPartner, true)));

    private static async Task<string> PortalText(PageSession client)
    {
        var text = new List<string>();
        foreach (var url in new[] { "/Portal", "/Portal/Journal", "/Portal/Preparation", "/Portal/Repair", "/Portal/Measures", "/Portal/Practices" })
        {
            text.Add((await client.GetAsync(url)).Html);
        }

        return string.Join('\n', text);
    }

    private static async Task<string> TeamText(PageSession clinician, Guid caseId, Guid client)
    {
        var text = new List<string>();
        foreach (var url in new[] { $"/Cases/{caseId}", $"/Cases/{caseId}/Journal/{client}", $"/Cases/{caseId}/Practices/{client}", $"/Cases/{caseId}/Repair", $"/Cases/{caseId}/Measures" })
        {
            text.Add((await clinician.GetAsync(url)).Html);
        }

        return string.Join('\n', text);
    }
}

[Collection(SqliteApp.Collection)]
public sealed class SharingByCaseTests_Sqlite(SqliteApp app) : SharingByCaseTests(app);

[Collection(PostgresApp.Collection)]
public sealed class SharingByCaseTests_Postgres(PostgresApp app) : SharingByCaseTests(app);
