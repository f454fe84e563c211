using System.Net;
using AngleSharp.Dom;
using Tandem.Core.Access;
using Tandem.Core.Cases;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Dashboard;

public abstract class DashboardTests(TandemApp app)
{
    [Fact]
    public async Task Cases_are_grouped_by_stage_with_what_each_waits_for()
    {
        // A practice of its own: other tests give the demo's clinicians more cases than the dashboard shows per stage.
        var practice = await app.OwnPracticeAsync();
        var page = await (await app.SignInAsync(practice.Emails["sam"])).GetAsync("/Dashboard");
        Assert.Equal(HttpStatusCode.OK, page.Status);

        var dosing = page.Document.QuerySelector("#stage-DosingSeries")?.ParentElement;
        Assert.NotNull(dosing);
        Assert.Contains("Jordan Ellis & Alex Moreno", dosing.TextContent, StringComparison.Ordinal);
        Assert.Contains("The next dosing session", dosing.TextContent, StringComparison.Ordinal);

        // Dana's case is Maya's: it is on her dashboard, and on Sam's only as a count.
        Assert.DoesNotContain("Dana Whitfield", page.Text, StringComparison.Ordinal);
        var review = (await (await app.SignInAsync(practice.Emails["maya"])).GetAsync("/Dashboard")).Document.QuerySelector("#stage-MedicalReview")?.ParentElement;
        Assert.NotNull(review);
        Assert.Contains("Dana Whitfield", review.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("#practice-stages tr[data-stage='MedicalReview'] td.all a[href='/Cases?stage=MedicalReview']"));
    }

    [Fact]
    public async Task A_clinician_off_the_team_sees_the_name_and_stage_but_not_who_the_case_waits_on()
    {
        // A practice of its own, so Sam has fewer intake cases than the dashboard shows per stage.
        var practice = await app.OwnPracticeAsync();
        var (caseId, a, _) = await app.CoupleWithLoginsAsync(practice, CaseStage.Intake, "sam");
        var offTeam = await app.SignInAsync(await app.StaffAsync(practice, Roles.Clinician));

        var team = CaseRow(await (await app.SignInAsync(practice.Emails["sam"])).GetAsync("/Dashboard"), caseId);
        Assert.Contains("Waiting on: Ari: intake, Ari: consent, Bo: intake, Bo: consent", team.TextContent, StringComparison.Ordinal);

        Assert.DoesNotContain(caseId.ToString(), (await offTeam.GetAsync("/Dashboard")).Html, StringComparison.Ordinal);
        var page = await offTeam.GetAsync($"/Cases?stage=Intake&q={Uri.EscapeDataString(a.FullName)}");
        var row = CaseRow(page, caseId, "tr");
        Assert.Contains(a.FullName, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Intake", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("My case", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Waiting on", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ari: intake", page.Text, StringComparison.Ordinal);
    }

    private static IElement CaseRow(PageSession.Page page, Guid caseId, string row = "li") =>
        page.Document.QuerySelector($"a[href='/Cases/{caseId}']")?.Closest(row) ?? throw new InvalidOperationException($"Case {caseId} is not on the page.");

    [Fact]
    public async Task The_dashboard_never_shows_another_practices_cases()
    {
        var page = await (await app.As(app.Demo.Emails["sam"])).GetAsync("/Dashboard");
        var otherCase = app.Other.Cases["couple"].ToString();
        Assert.DoesNotContain(otherCase, page.Html, StringComparison.Ordinal);
        Assert.Contains(app.Demo.Cases["couple"].ToString(), page.Html, StringComparison.Ordinal);
    }
}

[Collection(SqliteApp.Collection)]
public sealed class DashboardTests_Sqlite(SqliteApp app) : DashboardTests(app);

[Collection(PostgresApp.Collection)]
public sealed class DashboardTests_Postgres(PostgresApp app) : DashboardTests(app);
