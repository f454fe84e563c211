using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Practices;
using Tandem.Web.Tests.Infrastructure;
using Tandem.Web.Tests.Intake;

namespace Tandem.Web.Tests.Measures;

/// <summary>
/// A PHQ-9 item-9 answer above 0 raises the safety alert, once per questionnaire, and shows the crisis resources
/// whenever it reaches the server: saved to finish later, submitted with items missing (kept as a draft), or submitted.
/// </summary>
public abstract class SafetyOnEveryPathTests(TandemApp app)
{
    [Theory]
    [InlineData("saved to finish later")]
    [InlineData("submitted with items missing")]
    [InlineData("submitted")]
    public async Task Item_nine_above_zero_raises_one_alert_and_shows_the_crisis_resources(string path)
    {
        var (caseId, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Intake, "sam");
        var ari = await app.SignInAsync(a.Email);
        await IntakeFiller.SubmitAsync(ari, caseId);
        var url = (await ari.GetAsync("/Portal")).Document.QuerySelectorAll("#questionnaires-due a").Single(l => l.TextContent == "PHQ-9").GetAttribute("href")!;
        var answers = path == "submitted" ? Enumerable.Range(1, 9).ToDictionary(i => $"item{i}", i => i == 9 ? "3" : "0") : new() { ["item1"] = "1", ["item9"] = "3" };
        answers["submit"] = path == "saved to finish later" ? "false" : "true";

        var response = await ari.SubmitAsync(url, "form.questionnaire", answers);
        var shown = response.StatusCode == HttpStatusCode.Redirect
            ? (await ari.GetAsync(response.Headers.Location!.OriginalString)).Html
            : await response.Content.ReadAsStringAsync();
        var crisis = await app.InDatabaseAsync(db => db.PracticeTexts.Where(t => t.PracticeId == app.Demo.PracticeId).Select(t => t.CrisisResources).SingleOrDefaultAsync());
        var notice = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(shown).QuerySelector("#crisis")?.TextContent;
        Assert.Contains(crisis ?? PracticeTexts.DefaultCrisisResources, notice, StringComparison.Ordinal);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.SafetyAlerts.CountAsync(s => s.ClientId == a.Id)));
        Assert.Contains($"Safety alert: {a.FullName}", (await (await app.As(app.Demo.Emails["maya"])).GetAsync("/Dashboard")).Text, StringComparison.Ordinal);
        var stored = await app.InDatabaseAsync(db => db.QuestionnaireResponses.SingleAsync(r => r.ClientId == a.Id && r.InstrumentCode == "PHQ-9"));
        Assert.Contains("\"9\":3", stored.AnswersJson, StringComparison.Ordinal);
        Assert.Equal(path == "submitted", stored.IsSubmitted);

        if (path != "submitted")
        {
            var all = Enumerable.Range(1, 9).ToDictionary(i => $"item{i}", i => i == 9 ? "2" : "1");
            all["submit"] = "true";
            Assert.Equal(HttpStatusCode.Redirect, (await ari.SubmitAsync(url, "form.questionnaire", all)).StatusCode);
            Assert.Equal(1, await app.InDatabaseAsync(db => db.SafetyAlerts.CountAsync(s => s.ClientId == a.Id)));
        }
    }

    /// <summary>The answers of a second window are not saved over the first's, but an item-9 answer in them still reached the server.</summary>
    [Theory]
    [InlineData("saved from a window opened before another save")]
    [InlineData("posted after another window submitted it")]
    public async Task Item_nine_above_zero_from_a_stale_window_still_raises_the_alert_and_shows_the_crisis_resources(string path)
    {
        var (caseId, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Intake, "sam");
        var ari = await app.SignInAsync(a.Email);
        await IntakeFiller.SubmitAsync(ari, caseId);
        var url = (await ari.GetAsync("/Portal")).Document.QuerySelectorAll("#questionnaires-due a").Single(l => l.TextContent == "PHQ-9").GetAttribute("href")!;
        var (first, stale) = (await ari.GetAsync(url), await ari.GetAsync(url));
        var calm = Enumerable.Range(1, 9).ToDictionary(i => $"item{i}", _ => "0");
        calm["submit"] = path == "posted after another window submitted it" ? "true" : "false";
        Assert.Equal(HttpStatusCode.Redirect, (await ari.SubmitAsync(first, url, "form.questionnaire", calm)).StatusCode);
        var kept = await app.InDatabaseAsync(db => db.QuestionnaireResponses.Where(r => r.ClientId == a.Id && r.InstrumentCode == "PHQ-9").Select(r => r.AnswersJson).SingleAsync());

        var refused = await ari.SubmitAsync(stale, url, "form.questionnaire", new() { ["item1"] = "1", ["item9"] = "3", ["submit"] = "false" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var crisis = await app.InDatabaseAsync(db => db.PracticeTexts.Where(t => t.PracticeId == app.Demo.PracticeId).Select(t => t.CrisisResources).SingleOrDefaultAsync());
        var notice = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync()).QuerySelector("#crisis")?.TextContent;
        Assert.Contains(crisis ?? PracticeTexts.DefaultCrisisResources, notice, StringComparison.Ordinal);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.SafetyAlerts.CountAsync(s => s.ClientId == a.Id)));
        Assert.Equal(kept, await app.InDatabaseAsync(db => db.QuestionnaireResponses.Where(r => r.ClientId == a.Id && r.InstrumentCode == "PHQ-9").Select(r => r.AnswersJson).SingleAsync()));
    }

    [Fact]
    public async Task A_draft_without_item_nine_raises_nothing()
    {
        var (caseId, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Intake, "sam");
        var ari = await app.SignInAsync(a.Email);
        await IntakeFiller.SubmitAsync(ari, caseId);
        var url = (await ari.GetAsync("/Portal")).Document.QuerySelectorAll("#questionnaires-due a").Single(l => l.TextContent == "PHQ-9").GetAttribute("href")!;
        var saved = await ari.SubmitAsync(url, "form.questionnaire", new() { ["item1"] = "3", ["item9"] = "0", ["submit"] = "false" });
        Assert.DoesNotContain("id=\"crisis\"", (await ari.GetAsync(saved.Headers.Location!.OriginalString + "&crisis=true")).Html, StringComparison.Ordinal);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.SafetyAlerts.CountAsync(s => s.ClientId == a.Id)));
    }
}

[Collection(SqliteApp.Collection)]
public sealed class SafetyOnEveryPathTests_Sqlite(SqliteApp app) : SafetyOnEveryPathTests(app);

[Collection(PostgresApp.Collection)]
public sealed class SafetyOnEveryPathTests_Postgres(PostgresApp app) : SafetyOnEveryPathTests(app);
