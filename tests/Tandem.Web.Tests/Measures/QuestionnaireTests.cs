using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Practices;
using Tandem.Web.Tests.Infrastructure;
using Tandem.Web.Tests.Intake;

namespace Tandem.Web.Tests.Measures;

public abstract class QuestionnaireTests(TandemApp app)
{
    [Fact]
    public async Task Baseline_questionnaires_fall_due_at_intake_and_are_scored_on_submit()
    {
        var (caseId, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Intake, "sam");
        var ari = await app.SignInAsync(a.Email);
        await IntakeFiller.SubmitAsync(ari, caseId);

        var portal = await ari.GetAsync("/Portal");
        var due = portal.Document.QuerySelectorAll("#questionnaires-due a").Select(l => l.TextContent).ToList();
        Assert.Equal(["CSI-4", "GAD-7", "PHQ-9"], due.Order(StringComparer.Ordinal));

        var url = await UrlOfAsync(ari, "PHQ-9");
        var incomplete = await ari.SubmitAsync(url, "form.questionnaire", new() { ["item1"] = "2", ["submit"] = "true" });
        Assert.Contains("Choose one answer.", await incomplete.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Contains("how difficult have these problems made it", (await ari.GetAsync(url)).Document.QuerySelector("fieldset:has(input[name=item10])")?.TextContent, StringComparison.Ordinal);
        var answers = Enumerable.Range(1, 9).ToDictionary(i => $"item{i}", i => i == 9 ? "0" : "1");
        answers["item10"] = "3";
        answers["submit"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await ari.SubmitAsync(url, "form.questionnaire", answers)).StatusCode);

        var scored = await app.InDatabaseAsync(db => db.QuestionnaireResponses.SingleAsync(r => r.ClientId == a.Id && r.InstrumentCode == "PHQ-9"));
        Assert.Equal(8, scored.Score);
        Assert.Equal(3, scored.Answers[10]);

        var gad = await UrlOfAsync(ari, "GAD-7");
        var withoutDifficulty = Enumerable.Range(1, 7).ToDictionary(i => $"item{i}", _ => "1");
        withoutDifficulty["submit"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await ari.SubmitAsync(gad, "form.questionnaire", withoutDifficulty)).StatusCode);
        Assert.Equal("1", scored.InstrumentVersion);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.SafetyAlerts.CountAsync(s => s.ClientId == a.Id)));
    }

    [Fact]
    public async Task After_each_questionnaire_the_next_one_waiting_is_offered_until_none_is_left()
    {
        var (caseId, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Intake, "sam");
        var ari = await app.SignInAsync(a.Email);
        await IntakeFiller.SubmitAsync(ari, caseId);

        var answered = new List<string>();
        for (var url = await UrlOfAsync(ari, "PHQ-9"); url is not null;)
        {
            var page = await ari.GetAsync(url);
            var items = page.Document.QuerySelectorAll("form.questionnaire input[type=radio]").Select(i => i.GetAttribute("name")!).Distinct();
            var answers = items.ToDictionary(name => name, _ => "0");
            answers["submit"] = "true";
            var submitted = await ari.SubmitAsync(url, "form.questionnaire", answers);
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
            answered.Add(page.Document.QuerySelector("h1")!.TextContent);
            var after = await ari.GetAsync(submitted.Headers.Location!.ToString());
            url = after.Document.QuerySelector("#next-questionnaire a.button")?.GetAttribute("href");
            if (url is null)
            {
                Assert.Contains("no more questionnaires are waiting", after.Text, StringComparison.Ordinal);
            }
        }

        Assert.Equal(3, answered.Distinct().Count());
    }

    [Fact]
    public async Task Item_nine_raises_an_alert_every_clinician_of_the_practice_sees_until_one_follows_up()
    {
        var (caseId, a, b) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Intake, "sam");
        var ari = await app.SignInAsync(a.Email);
        await IntakeFiller.SubmitAsync(ari, caseId);
        var url = await UrlOfAsync(ari, "PHQ-9");
        var answers = Enumerable.Range(1, 9).ToDictionary(i => $"item{i}", i => i == 9 ? "1" : "0");
        answers["submit"] = "true";
        var submitted = await ari.SubmitAsync(url, "form.questionnaire", answers);
        var after = await ari.GetAsync(submitted.Headers.Location!.OriginalString);
        var crisis = await app.InDatabaseAsync(db => db.PracticeTexts.Where(t => t.PracticeId == app.Demo.PracticeId).Select(t => t.CrisisResources).SingleOrDefaultAsync());
        Assert.Contains(crisis ?? PracticeTexts.DefaultCrisisResources, after.Document.QuerySelector("#crisis")?.TextContent, StringComparison.Ordinal);

        var offTeam = await (await app.As(app.Demo.Emails["maya"])).GetAsync("/Dashboard");
        Assert.Contains($"Safety alert: {a.FullName}", offTeam.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(a.FullName, (await (await app.As(app.Other.Emails["sam"])).GetAsync("/Dashboard")).Text, StringComparison.Ordinal);
        var mail = app.To(app.Demo.Emails["sam"]).Last(m => m.Subject == "A safety alert needs your attention");
        Assert.DoesNotContain(a.FullName, mail.TextBody!, StringComparison.Ordinal);

        var alertUrl = offTeam.Document.QuerySelectorAll(".safety-alert a").Single(l => l.TextContent == a.FullName).GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As(app.Other.Emails["sam"])).GetAsync(alertUrl)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync(b.Email)).GetAsync(alertUrl)).Status);
        var maya = await app.As(app.Demo.Emails["maya"]);
        var empty = await maya.SubmitAsync(alertUrl, "form.narrow", new() { ["Action"] = "" });
        Assert.Contains("Say what you did", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await maya.SubmitAsync(alertUrl, "form.narrow", new() { ["Action"] = "Called Ari; safe, plan agreed, seen tomorrow." });
        Assert.DoesNotContain($"Safety alert: {a.FullName}", (await maya.GetAsync("/Dashboard")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_never_opens_the_other_partners_questionnaire()
    {
        var (caseId, a, b) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Intake, "sam");
        var ari = await app.SignInAsync(a.Email);
        await IntakeFiller.SubmitAsync(ari, caseId);
        var url = await UrlOfAsync(ari, "CSI-4");
        Assert.Equal(HttpStatusCode.OK, (await ari.GetAsync(url)).Status);

        var bo = await app.SignInAsync(b.Email);
        Assert.Equal(HttpStatusCode.NotFound, (await bo.GetAsync(url)).Status);
        var page = await bo.GetAsync("/Portal");
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forged = await bo.PostAsync(url, [new("__RequestVerificationToken", token), new("item1", "0"), new("submit", "false")]);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal("{}", await app.InDatabaseAsync(db => db.QuestionnaireResponses.Where(r => r.ClientId == a.Id && r.InstrumentCode == "CSI-4").Select(r => r.AnswersJson).SingleAsync()));
    }

    private static async Task<string> UrlOfAsync(PageSession client, string instrument)
    {
        var portal = await client.GetAsync("/Portal");
        return portal.Document.QuerySelectorAll("#questionnaires-due a").Single(l => l.TextContent == instrument).GetAttribute("href")!;
    }
}

[Collection(SqliteApp.Collection)]
public sealed class QuestionnaireTests_Sqlite(SqliteApp app) : QuestionnaireTests(app);

[Collection(PostgresApp.Collection)]
public sealed class QuestionnaireTests_Postgres(PostgresApp app) : QuestionnaireTests(app);
