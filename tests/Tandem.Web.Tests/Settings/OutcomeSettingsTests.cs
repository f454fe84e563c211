using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Settings;

public abstract class OutcomeSettingsTests(TandemApp app)
{
    private const string Url = "/Settings/Outcomes";

    [Fact]
    public async Task A_prescriber_raises_the_smallest_group_shown_and_the_report_withholds_by_it_from_then_on()
    {
        var practice = await app.OwnPracticeAsync();
        var maya = await app.As(practice.Emails["maya"]);
        Assert.Contains("fewer than 5", (await maya.GetAsync("/Reports/Outcomes")).Text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await maya.SubmitAsync(Url, "#change-outcome-settings", new() { ["Input.MinimumCellSize"] = "11" })).StatusCode);

        Assert.Contains("fewer than 11", (await maya.GetAsync("/Reports/Outcomes")).Text, StringComparison.Ordinal);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.PracticeId == practice.PracticeId && e.Code == AuditCode.OutcomeSettings_Changed)));
    }

    [Fact]
    public async Task A_wider_answer_window_opens_a_questionnaire_earlier()
    {
        var practice = await app.OwnPracticeAsync();
        var client = await app.ClientWithLoginAsync(practice, "Ari");
        var caseId = await app.CaseOfAsync(practice, Core.Cases.CaseStage.FollowUp, [client.Id], "sam");
        var id = await app.InDatabaseAsync(async db =>
        {
            var response = new Core.Measures.QuestionnaireResponse
            {
                PracticeId = practice.PracticeId, ClientId = client.Id, CaseId = caseId, InstrumentCode = "PHQ-9", InstrumentVersion = "1",
                Timepoint = Core.Measures.Timepoint.FollowUp(1), DueOn = (await Web.Infrastructure.PracticeZones.PracticeTodayAsync(db, practice.PracticeId, app.Clock)).AddDays(10),
            };
            db.QuestionnaireResponses.Add(response);
            await db.SaveChangesAsync();
            return response.Id;
        });
        var ari = await app.SignInAsync(client.Email);
        Assert.Null((await ari.GetAsync($"/Portal/Measures/{id}")).Document.QuerySelector("form.questionnaire"));

        var saved = await (await app.As(practice.Emails["maya"])).SubmitAsync(Url, "#change-outcome-settings", new() { ["Input.OpensDaysBefore"] = "14" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.NotNull((await ari.GetAsync($"/Portal/Measures/{id}")).Document.QuerySelector("form.questionnaire"));
    }

    [Fact]
    public async Task Only_a_prescriber_changes_them_within_their_ranges_and_a_stale_form_is_refused_with_what_changed()
    {
        var practice = await app.OwnPracticeAsync();
        var sam = await app.As(practice.Emails["sam"]);
        Assert.Null((await sam.GetAsync(Url)).Document.QuerySelector("#change-outcome-settings"));
        var posted = await sam.PostAsync(Url, [new("__RequestVerificationToken", await sam.TokenAsync(Url)), new("Input.MinimumCellSize", "3")]);
        Assert.NotEqual(HttpStatusCode.Redirect, posted.StatusCode);

        var maya = await app.As(practice.Emails["maya"]);
        var tooSmall = await maya.SubmitAsync(Url, "#change-outcome-settings", new() { ["Input.MinimumCellSize"] = "2" });
        Assert.Contains("between 3 and 50 people", await tooSmall.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var stale = await maya.GetAsync(Url);
        Assert.Equal(HttpStatusCode.Redirect, (await maya.SubmitAsync(Url, "#change-outcome-settings", new() { ["Input.MinimumCellSize"] = "7" })).StatusCode);
        var refused = await maya.SubmitAsync(stale, Url, "#change-outcome-settings", new() { ["Input.MinimumCellSize"] = "9" });
        Assert.Contains("the smallest group shown is now 7", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var tooLate = await maya.SubmitAsync(Url, "#change-outcome-settings", new() { ["Input.ClosesDaysAfter"] = "0" });
        Assert.Contains("closes 1 to 90 days after it is due", await tooLate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(7, await app.InDatabaseAsync(db => db.Practices.Where(p => p.Id == practice.PracticeId).Select(p => p.MinimumCellSize).SingleAsync()));
    }
}

[Collection(SqliteApp.Collection)]
public sealed class OutcomeSettingsTests_Sqlite(SqliteApp app) : OutcomeSettingsTests(app);

[Collection(PostgresApp.Collection)]
public sealed class OutcomeSettingsTests_Postgres(PostgresApp app) : OutcomeSettingsTests(app);
