using System.Net;
using Tandem.Core.Cases;
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
    public async Task A_partner_gets_404_for_the_other_partners_intake_and_review(string pattern)
    {
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, app.Demo.Cases["couple"], app.Demo.Clients["alex"]);

        var team = await (await app.As(app.Demo.Emails["sam"])).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, team.Status);
        Assert.Contains(AlexHistory, team.Text, StringComparison.Ordinal);

        foreach (var outsider in new[] { app.Demo.Emails["jordan"], app.Demo.Emails["alex"], app.Demo.Emails["admin"], app.Other.Emails["sam"], app.Demo.Emails["priya"] })
        {
            var page = await (await app.As(outsider)).GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, page.Status);
            Assert.DoesNotContain(AlexHistory, page.Text, StringComparison.Ordinal);
        }
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
}

[Collection(SqliteApp.Collection)]
public sealed class IntakePrivacyTests_Sqlite(SqliteApp app) : IntakePrivacyTests(app);

[Collection(PostgresApp.Collection)]
public sealed class IntakePrivacyTests_Postgres(PostgresApp app) : IntakePrivacyTests(app);
