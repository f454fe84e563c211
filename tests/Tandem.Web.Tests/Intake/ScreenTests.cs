using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Intake;

public abstract class ScreenTests(TandemApp app)
{
    [Fact]
    public async Task A_prescriber_changes_the_screen_and_submitted_answers_keep_the_question_as_asked()
    {
        var question = "Recent head injury " + Guid.NewGuid().ToString("N")[..6];
        var (caseId, a, _) = await app.CoupleWithLoginsAsync(app.Other, CaseStage.Intake, "sam");
        var maya = await app.As(app.Other.Emails["maya"]);

        var added = await maya.SubmitAsync("/Screen", "#add-item", new() { ["Category"] = "Condition", ["Text"] = question });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var ari = await app.SignInAsync(a.Email);
        Assert.Contains(question, (await ari.GetAsync($"/Portal/Intake/{caseId}")).Text, StringComparison.Ordinal);
        await IntakeFiller.SubmitAsync(ari, caseId);

        var itemId = await app.InDatabaseAsync(db => db.ContraindicationItems.Where(i => i.Text == question).Select(i => i.Id).SingleAsync());
        var screen = await maya.GetAsync("/Screen");
        var retired = await maya.SubmitAsync(screen, "/Screen", $"form:has(input[value='{itemId}'])", []);
        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);

        Assert.DoesNotContain(question, (await ari.GetAsync($"/Portal/Intake/{caseId}")).Text, StringComparison.Ordinal);
        Assert.Contains(question, (await (await app.As(app.Other.Emails["sam"])).GetAsync($"/Intake/{caseId}/{a.Id}")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_prescribers_keep_the_screen()
    {
        Assert.Equal(HttpStatusCode.OK, (await (await app.As(app.Demo.Emails["maya"])).GetAsync("/Screen")).Status);
        foreach (var who in new[] { "sam", "admin", "jordan" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.As(app.Demo.Emails[who])).GetAsync("/Screen")).Status);
        }
    }

    [Fact]
    public async Task A_question_without_text_is_refused_and_nothing_is_added()
    {
        var before = await app.InDatabaseAsync(db => db.ContraindicationItems.CountAsync());
        var response = await (await app.As(app.Demo.Emails["maya"])).SubmitAsync("/Screen", "#add-item", new() { ["Category"] = "Condition", ["Text"] = "" });
        Assert.Contains("Write the question", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await app.InDatabaseAsync(db => db.ContraindicationItems.CountAsync()));
    }
}

[Collection(SqliteApp.Collection)]
public sealed class ScreenTests_Sqlite(SqliteApp app) : ScreenTests(app);

[Collection(PostgresApp.Collection)]
public sealed class ScreenTests_Postgres(PostgresApp app) : ScreenTests(app);
