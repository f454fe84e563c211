using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.MedicalReview;

/// <summary>
/// Cases awaiting medical review are on every prescriber's dashboard (name and stage only); a prescriber takes a review,
/// which adds them to the case team, is audited for each client, and tells the lead by an email with no health information.
/// </summary>
public abstract class ReviewQueueTests(TandemApp app)
{
    [Fact]
    public async Task A_prescriber_off_the_team_takes_the_review_joins_the_team_and_the_lead_is_told()
    {
        var practice = await app.OwnPracticeAsync();
        var client = await app.ClientWithLoginAsync(practice, "Rina");
        var caseId = await app.CaseOfAsync(practice, CaseStage.MedicalReview, [client.Id], "sam");
        var prescriberEmail = await app.StaffAsync(practice, Roles.Clinician, Roles.Prescriber);
        var prescriber = await app.SignInAsync(prescriberEmail);

        var dashboard = await prescriber.GetAsync("/Dashboard");
        var row = dashboard.Document.QuerySelectorAll("#review-queue li").Single(li => li.TextContent.Contains(client.FullName, StringComparison.Ordinal));
        Assert.Contains("Medical review", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("You are not on this case's team", (await prescriber.GetAsync($"/Cases/{caseId}")).Text, StringComparison.Ordinal);

        var taken = await prescriber.SubmitAsync(dashboard, "/Dashboard", $"#review-queue form[action*='caseId={caseId}']", []);
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal($"/Cases/{caseId}", taken.Headers.Location?.ToString());
        Assert.DoesNotContain("You are not on this case's team", (await prescriber.GetAsync($"/Cases/{caseId}")).Text, StringComparison.Ordinal);
        var me = await app.UserIdAsync(prescriberEmail);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.CaseTeamMembers.CountAsync(t => t.CaseId == caseId && t.StaffId == me)));
        Assert.Equal(1, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.PracticeId == practice.PracticeId && e.Code == AuditCode.CaseTeam_MemberAdded && e.ClientId == client.Id)));

        var mail = Assert.Single(app.To(practice.Emails["sam"]), m => m.TextBody?.Contains($"/Cases/{caseId}", StringComparison.Ordinal) == true);
        foreach (var secret in new[] { "Rina", client.FullName, "review", "ketamine" })
        {
            Assert.DoesNotContain(secret, mail.Subject, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("Rina", mail.TextBody, StringComparison.Ordinal);

        var again = await prescriber.PostAsync($"/MedicalReview/Queue?handler=Take&caseId={caseId}", [new("__RequestVerificationToken", await prescriber.TokenAsync("/MedicalReview/Queue"))]);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.CaseTeamMembers.CountAsync(t => t.CaseId == caseId && t.StaffId == me)));
    }

    [Fact]
    public async Task Only_a_prescriber_takes_a_review_and_only_of_a_case_waiting_for_one()
    {
        var practice = await app.OwnPracticeAsync();
        var client = await app.ClientWithLoginAsync(practice, "Omar");
        var waiting = await app.CaseOfAsync(practice, CaseStage.MedicalReview, [client.Id], "sam");
        var preparing = await app.CaseOfAsync(practice, CaseStage.Preparation, [client.Id], "sam");

        var clinician = await app.SignInAsync(await app.StaffAsync(practice, Roles.Clinician));
        Assert.Null((await clinician.GetAsync("/Dashboard")).Document.QuerySelector("#review-queue"));
        var token = await clinician.TokenAsync("/MedicalReview/Queue");
        Assert.Equal(HttpStatusCode.NotFound, (await clinician.PostAsync($"/MedicalReview/Queue?handler=Take&caseId={waiting}", [new("__RequestVerificationToken", token)])).StatusCode);

        var prescriber = await app.SignInAsync(await app.StaffAsync(practice, Roles.Clinician, Roles.Prescriber));
        token = await prescriber.TokenAsync("/MedicalReview/Queue");
        Assert.Equal(HttpStatusCode.NotFound, (await prescriber.PostAsync($"/MedicalReview/Queue?handler=Take&caseId={preparing}", [new("__RequestVerificationToken", token)])).StatusCode);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.CaseTeamMembers.CountAsync(t => t.CaseId == waiting)));
        Assert.Equal(1, await app.InDatabaseAsync(db => db.CaseTeamMembers.CountAsync(t => t.CaseId == preparing)));
    }
}

[Collection(SqliteApp.Collection)]
public sealed class ReviewQueueTests_Sqlite(SqliteApp app) : ReviewQueueTests(app);

[Collection(PostgresApp.Collection)]
public sealed class ReviewQueueTests_Postgres(PostgresApp app) : ReviewQueueTests(app);
