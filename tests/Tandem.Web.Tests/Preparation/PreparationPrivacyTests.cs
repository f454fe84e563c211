using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Preparation;

/// <summary>DOMAIN.md's "Who sees what" for intentions and hot spots, with every denial beside someone allowed.</summary>
public abstract class PreparationPrivacyTests(TandemApp app)
{
    [Fact]
    public async Task Each_reader_sees_exactly_what_the_author_chose()
    {
        var (caseId, a, b) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var ari = await app.SignInAsync(a.Email);
        await AddIntentionAsync(ari, $"private-{tag}", "OnlyMe");
        await AddIntentionAsync(ari, $"clinician-{tag}", "MeAndMyClinician");
        await AddIntentionAsync(ari, $"partner-{tag}", "MyPartnerAndMyClinician");
        var shared = await ari.GetAsync("/Portal/Preparation");
        await ari.SubmitAsync(shared, "/Portal/Preparation", ".shared-intentions form", new() { ["NewIntention.Text"] = $"shared-{tag}" });

        var mine = (await ari.GetAsync("/Portal/Preparation")).Text;
        foreach (var word in (string[])["private", "clinician", "partner", "shared"])
        {
            Assert.Contains($"{word}-{tag}", mine, StringComparison.Ordinal);
        }

        var bo = await app.SignInAsync(b.Email);
        var partners = (await bo.GetAsync("/Portal/Preparation")).Text;
        Assert.Contains($"partner-{tag}", partners, StringComparison.Ordinal);
        Assert.Contains($"shared-{tag}", partners, StringComparison.Ordinal);
        Assert.DoesNotContain($"private-{tag}", partners, StringComparison.Ordinal);
        Assert.DoesNotContain($"clinician-{tag}", partners, StringComparison.Ordinal);

        var team = (await (await app.As(app.Demo.Emails["sam"])).GetAsync($"/Cases/{caseId}")).Text;
        Assert.Contains($"clinician-{tag}", team, StringComparison.Ordinal);
        Assert.Contains($"partner-{tag}", team, StringComparison.Ordinal);
        Assert.Contains($"shared-{tag}", team, StringComparison.Ordinal);
        Assert.DoesNotContain($"private-{tag}", team, StringComparison.Ordinal);

        var offTeam = await (await app.As(app.Demo.Emails["maya"])).GetAsync($"/Cases/{caseId}");
        Assert.Equal(HttpStatusCode.OK, offTeam.Status);
        foreach (var outsider in new[] { offTeam, await (await app.As(app.Other.Emails["sam"])).GetAsync($"/Cases/{caseId}"),
                     await (await app.As(app.Demo.Emails["admin"])).GetAsync($"/Cases/{caseId}"), await (await app.As(app.Demo.Emails["priya"])).GetAsync("/Portal/Preparation") })
        {
            Assert.DoesNotContain(tag, outsider.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_former_partner_stops_seeing_partner_items_when_the_couple_case_closes()
    {
        var (caseId, a, b) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var tag = Guid.NewGuid().ToString("N")[..6];
        await AddIntentionAsync(await app.SignInAsync(a.Email), $"partner-{tag}", "MyPartnerAndMyClinician");
        var bo = await app.SignInAsync(b.Email);
        Assert.Contains($"partner-{tag}", (await bo.GetAsync("/Portal/Preparation")).Text, StringComparison.Ordinal);

        await app.InDatabaseAsync(async db =>
        {
            var @case = await db.Cases.SingleAsync(c => c.Id == caseId);
            db.CaseStageChanges.Add(@case.MoveByHand(CaseStage.Withdrawn, (await db.CaseTeamMembers.FirstAsync(t => t.CaseId == caseId)).StaffId, "They separated", DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });

        Assert.DoesNotContain($"partner-{tag}", (await bo.GetAsync("/Portal/Preparation")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_naming_the_other_partners_item_is_refused()
    {
        var (_, a, b) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var tag = Guid.NewGuid().ToString("N")[..6];
        await AddIntentionAsync(await app.SignInAsync(a.Email), $"partner-{tag}", "MyPartnerAndMyClinician");
        var id = await app.InDatabaseAsync(db => db.Intentions.Where(i => i.AuthorClientId == a.Id).Select(i => i.Id).SingleAsync());

        var bo = await app.SignInAsync(b.Email);
        var page = await bo.GetAsync("/Portal/Preparation");
        var token = page.Document.QuerySelector("#add-intention input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var share = await app.InDatabaseAsync(db => db.Shares.SingleAsync(s => s.ItemId == id));
        var delete = await bo.PostAsync("/Portal/Preparation?handler=Delete", [new("__RequestVerificationToken", token), new("id", id.ToString())]);
        var narrow = await bo.PostAsync($"/Portal/Sharing/Intention/{id}?handler=Stop", [new("__RequestVerificationToken", token), new("shareId", share.Id.ToString())]);

        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, narrow.StatusCode);
        Assert.True(await app.InDatabaseAsync(db => db.Intentions.AnyAsync(i => i.Id == id)));
        Assert.Equal(Tandem.Core.Sharing.Visibility.MyPartnerAndMyClinician, (await app.InDatabaseAsync(db => db.Shares.SingleAsync(s => s.ItemId == id))).Audience);
    }

    [Fact]
    public async Task Narrowing_visibility_takes_effect_at_once_and_bad_input_writes_nothing()
    {
        var (_, a, b) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var ari = await app.SignInAsync(a.Email);
        await AddIntentionAsync(ari, $"partner-{tag}", "MyPartnerAndMyClinician");
        var id = await app.InDatabaseAsync(db => db.Intentions.Where(i => i.AuthorClientId == a.Id).Select(i => i.Id).SingleAsync());
        var sharing = (await ari.GetAsync("/Portal/Preparation")).Document.QuerySelector("#my-intentions .shared-with a")!.GetAttribute("href")!;
        Assert.Equal($"/Portal/Sharing/Intention/{id}", sharing);
        var stop = await ari.SubmitAsync(sharing, "#shares form", []);
        Assert.Equal(HttpStatusCode.Redirect, stop.StatusCode);
        Assert.Contains("Only you.", (await ari.GetAsync(sharing)).Text, StringComparison.Ordinal);
        Assert.DoesNotContain($"partner-{tag}", (await (await app.SignInAsync(b.Email)).GetAsync("/Portal/Preparation")).Text, StringComparison.Ordinal);

        var empty = await ari.SubmitAsync("/Portal/Preparation", "#add-intention", new() { ["NewIntention.Text"] = "" });
        Assert.Contains("Write your intention.", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var tooLong = await ari.SubmitAsync("/Portal/Preparation", "#add-hot-spot", new() { ["NewHotSpot.Situation"] = new string('x', 1001), ["NewHotSpot.Feeling"] = "f", ["NewHotSpot.UsualResponse"] = "u" });
        Assert.Contains("Keep this under 1000 characters.", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.Intentions.CountAsync(i => i.AuthorClientId == a.Id)));
        Assert.Equal(0, await app.InDatabaseAsync(db => db.HotSpots.CountAsync(h => h.AuthorClientId == a.Id)));
    }

    private static async Task AddIntentionAsync(PageSession client, string text, string visibility)
    {
        var response = await client.SubmitAsync("/Portal/Preparation", "#add-intention", new() { ["NewIntention.Text"] = text, ["NewIntention.Visibility"] = visibility });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }
}

[Collection(SqliteApp.Collection)]
public sealed class PreparationPrivacyTests_Sqlite(SqliteApp app) : PreparationPrivacyTests(app);

[Collection(PostgresApp.Collection)]
public sealed class PreparationPrivacyTests_Postgres(PostgresApp app) : PreparationPrivacyTests(app);
