using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Cases;
using Tandem.Core.Intake;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Intake;

/// <summary>One partner's intake, screen and review are never the other partner's to see. Each denial is paired with the team seeing it.</summary>
public abstract class IntakePrivacyTests(TandemApp app)
{
    private const string AlexHistory = "Depression, treated with talk therapy";

    [Theory]
    [InlineData("/Intake/{0}/{1}")]
    [InlineData("/Intake/{0}/{1}?version=1")]
    [InlineData("/MedicalReview/{0}/{1}")]
    public async Task Anyone_off_the_case_team_gets_404_for_a_participants_intake_and_review(string pattern)
    {
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, app.Demo.Cases["couple"], app.Demo.Clients["alex"]);

        var team = await (await app.As(app.Demo.Emails["sam"])).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, team.Status);
        Assert.Contains(AlexHistory, team.Text, StringComparison.Ordinal);

        var offTeam = await app.StaffAsync(app.Demo, Roles.Clinician, Roles.Prescriber);
        foreach (var outsider in new[] { app.Demo.Emails["jordan"], app.Demo.Emails["alex"], app.Demo.Emails["admin"], app.Other.Emails["sam"], app.Demo.Emails["priya"], offTeam })
        {
            var page = await (await app.As(outsider)).GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, page.Status);
            Assert.DoesNotContain(AlexHistory, page.Text, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// The portal's intake, consent and case pages take the case id both partners share: each partner gets their own
    /// material there, never the other's, and anyone outside the case gets 404.
    /// </summary>
    [Fact]
    public async Task A_partner_using_the_shared_case_id_in_the_portal_sees_only_their_own_intake_consent_and_question()
    {
        const string Medications = "lithium 300 mg nightly";
        const string Question = "Who prescribes your lithium, and when was your last level?";
        var (caseId, a, b) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Intake, "sam", "maya");
        var ari = await app.SignInAsync(a.Email);
        await IntakeFiller.SubmitAsync(ari, caseId, medications: Medications);
        await IntakeFiller.SignConsentAsync(ari, caseId, a.FullName);
        await (await app.As(app.Demo.Emails["maya"])).SubmitAsync($"/MedicalReview/{caseId}/{a.Id}", "form#decision",
            new() { ["Input.Decision"] = "NeedsMoreInformation", ["Input.Text"] = Question });
        var intake = $"/Portal/Intake/{caseId}";
        var consent = $"/Portal/Consent/{caseId}";
        var mine = new Dictionary<string, string> { [intake] = Medications, [consent] = $"“{a.FullName}”", ["/Portal"] = Question };

        var bo = await app.SignInAsync(b.Email);
        foreach (var (url, text) in mine)
        {
            var own = await ari.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, own.Status);
            Assert.Contains(text, own.Text, StringComparison.Ordinal);

            var partner = await bo.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, partner.Status);
            Assert.DoesNotContain(text, partner.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(Question, partner.Text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(Medications, (await bo.GetAsync($"/Portal/Cases/{caseId}")).Text, StringComparison.Ordinal);
        var reply = await bo.PostAsync($"{intake}?handler=Reply", [new("__RequestVerificationToken", await bo.TokenAsync(intake)), new("Reply", "Answering for my partner")]);
        Assert.Equal(HttpStatusCode.NotFound, reply.StatusCode);
        var review = await app.InDatabaseAsync(db => db.PrescriberReviews.AsNoTracking().SingleAsync(r => r.ClientId == a.Id));
        Assert.Equal((ReviewDecision.NeedsMoreInformation, (string?)null), (review.Decision, review.ClientReply));

        var offTeam = await app.StaffAsync(app.Demo, Roles.Clinician);
        foreach (var outsider in new[] { app.Demo.Emails["jordan"], app.Other.Emails["jordan"], offTeam })
        {
            var session = await app.As(outsider);
            foreach (var url in new[] { intake, consent, $"/Portal/Cases/{caseId}", $"/Intake/{caseId}/{a.Id}", $"/MedicalReview/{caseId}/{a.Id}" })
            {
                var page = await session.GetAsync(url);
                Assert.True(page.Status == HttpStatusCode.NotFound, $"{outsider} on {url}: {page.Status}");
                Assert.DoesNotContain(Medications, page.Text, StringComparison.Ordinal);
            }
        }

        Assert.Contains(Medications, (await (await app.As(app.Demo.Emails["sam"])).GetAsync($"/Intake/{caseId}/{a.Id}")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_named_in_the_url_must_be_a_participant_of_that_case()
    {
        var url = $"/Intake/{app.Demo.Cases["couple"]}/{app.Demo.Clients["dana"]}";
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As(app.Demo.Emails["maya"])).GetAsync(url)).Status);
        Assert.Equal(HttpStatusCode.OK, (await (await app.As(app.Demo.Emails["maya"])).GetAsync($"/Intake/{app.Demo.Cases["dana"]}/{app.Demo.Clients["dana"]}")).Status);
    }

    [Fact]
    public async Task A_positive_safety_screen_flags_the_team_and_never_reaches_the_partner()
    {
        var (caseId, a, b) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Intake, "sam");
        var ari = await app.SignInAsync(a.Email);
        await IntakeFiller.SubmitAsync(ari, caseId, safetyConcern: true);

        var team = await (await app.As(app.Demo.Emails["sam"])).GetAsync($"/Cases/{caseId}");
        Assert.Contains($"Safety screen: {a.FullName} answered yes", team.Text, StringComparison.Ordinal);

        var bo = await app.SignInAsync(b.Email);
        foreach (var url in new[] { "/Portal", $"/Portal/Cases/{caseId}", $"/Portal/Intake/{caseId}", $"/Cases/{caseId}", $"/Intake/{caseId}/{a.Id}" })
        {
            var page = await bo.GetAsync(url);
            Assert.DoesNotContain("Safety screen", page.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("anxiety since college", page.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_withdrawn_case_takes_no_intake_or_consent_from_its_participants()
    {
        var (caseId, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Intake, "sam");
        var ari = await app.SignInAsync(a.Email);
        var url = $"/Portal/Intake/{caseId}";
        var page = await ari.GetAsync(url);
        var draft = await ari.SubmitAsync(page, url, "form.intake", new() { ["Input.Medications"] = "none" }, button: "handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);

        await app.InDatabaseAsync(db => db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(c => c.SetProperty(x => x.Stage, CaseStage.Withdrawn)));
        var before = await Security.DatabaseSnapshot.TakeAsync(app);
        var token = page.Document.QuerySelector("form.intake input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.NotFound, (await ari.PostAsync($"{url}?handler=Save", [new("__RequestVerificationToken", token), new("Input.Medications", "changed")])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ari.PostAsync($"/Portal/Consent/{caseId}", [new("__RequestVerificationToken", token), new("TypedName", a.FullName), new("Agree", "true")])).StatusCode);
        Assert.Equal(before, await Security.DatabaseSnapshot.TakeAsync(app));
        Assert.Equal(HttpStatusCode.OK, (await ari.GetAsync(url)).Status);
    }
}

[Collection(SqliteApp.Collection)]
public sealed class IntakePrivacyTests_Sqlite(SqliteApp app) : IntakePrivacyTests(app);

[Collection(PostgresApp.Collection)]
public sealed class IntakePrivacyTests_Postgres(PostgresApp app) : IntakePrivacyTests(app);
