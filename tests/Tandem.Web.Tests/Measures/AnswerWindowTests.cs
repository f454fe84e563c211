using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Measures;
using Tandem.Web.Infrastructure;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Measures;

/// <summary>
/// A questionnaire is answerable only inside its window: by default from 3 days before it is due until the next
/// timepoint of the same instrument opens or 28 days after it is due, whichever is first.
/// </summary>
public abstract class AnswerWindowTests(TandemApp app)
{
    [Fact]
    public async Task A_follow_up_a_year_ahead_is_neither_listed_nor_answerable_and_one_due_in_three_days_is()
    {
        var (client, caseId) = await ClientAsync();
        var yearAhead = await DueAsync(client, caseId, Timepoint.FollowUp(12), days: 365);
        var soon = await DueAsync(client, caseId, Timepoint.EndOfSeries, days: 3, instrument: Instruments.Gad7);
        var ari = await app.SignInAsync(client.Email);
        var page = await ari.GetAsync($"/Portal/Measures/{yearAhead}");
        var before = await Security.DatabaseSnapshot.TakeAsync(app);

        var posted = await PostAsync(ari, yearAhead, "1");

        Assert.Equal(before, await Security.DatabaseSnapshot.TakeAsync(app));
        Assert.Null(page.Document.QuerySelector("form.questionnaire"));
        Assert.Contains("opens on", page.Text, StringComparison.Ordinal);
        Assert.Contains("This questionnaire opens on", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var listed = (await ari.GetAsync("/Portal")).Document.QuerySelectorAll("#questionnaires-due a").Select(a => a.GetAttribute("href")).ToList();
        Assert.DoesNotContain($"/Portal/Measures/{yearAhead}", listed);
        Assert.Contains($"/Portal/Measures/{soon}", listed);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(ari, soon, "1")).StatusCode);
        Assert.Equal("{}", await app.InDatabaseAsync(db => db.QuestionnaireResponses.Where(r => r.Id == yearAhead).Select(r => r.AnswersJson).SingleAsync()));
    }

    [Fact]
    public async Task A_questionnaire_closes_28_days_after_due_or_when_the_next_timepoint_opens()
    {
        var (client, caseId) = await ClientAsync();
        var late = await DueAsync(client, caseId, Timepoint.FollowUp(1), days: -29, instrument: Instruments.Gad7);
        var overtaken = await DueAsync(client, caseId, Timepoint.BeforeDose(1), days: -5);
        var next = await DueAsync(client, caseId, Timepoint.BeforeDose(2), days: 2);
        var ari = await app.SignInAsync(client.Email);
        var before = await Security.DatabaseSnapshot.TakeAsync(app);

        foreach (var closed in new[] { late, overtaken })
        {
            Assert.Contains("This questionnaire closed on", await (await PostAsync(ari, closed, "1")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(before, await Security.DatabaseSnapshot.TakeAsync(app));
        var listed = (await ari.GetAsync("/Portal")).Document.QuerySelectorAll("#questionnaires-due a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/Portal/Measures/{next}"], listed);
    }

    [Fact]
    public async Task An_alarming_answer_posted_to_a_closed_questionnaire_still_raises_the_alert_but_stores_no_answers()
    {
        var (client, caseId) = await ClientAsync();
        var closed = await DueAsync(client, caseId, Timepoint.FollowUp(1), days: -40);
        var ari = await app.SignInAsync(client.Email);

        var posted = await PostAsync(ari, closed, "0", itemNine: "3");

        Assert.Contains("id=\"crisis\"", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.SafetyAlerts.CountAsync(a => a.ResponseId == closed)));
        Assert.Equal("{}", await app.InDatabaseAsync(db => db.QuestionnaireResponses.Where(r => r.Id == closed).Select(r => r.AnswersJson).SingleAsync()));
    }

    private async Task<(TestClient Client, Guid CaseId)> ClientAsync()
    {
        var client = await app.ClientWithLoginAsync(app.Demo, "Ari");
        return (client, await app.CaseOfAsync(app.Demo, CaseStage.FollowUp, [client.Id], "sam"));
    }

    private Task<Guid> DueAsync(TestClient client, Guid caseId, Timepoint timepoint, int days, Instrument? instrument = null) =>
        app.InDatabaseAsync(async db =>
        {
            var chosen = instrument ?? Instruments.Phq9;
            var response = new QuestionnaireResponse
            {
                PracticeId = app.Demo.PracticeId, ClientId = client.Id, CaseId = caseId, InstrumentCode = chosen.Code, InstrumentVersion = chosen.Version,
                Timepoint = timepoint, DueOn = (await db.PracticeTodayAsync(app.Demo.PracticeId, app.Clock)).AddDays(days),
            };
            db.QuestionnaireResponses.Add(response);
            await db.SaveChangesAsync();
            return response.Id;
        });

    /// <summary>Posts answers to every item, as a tab left open or a hand-made request would, whether or not the page offers the form.</summary>
    private async Task<HttpResponseMessage> PostAsync(PageSession session, Guid id, string answer, string itemNine = "0")
    {
        var url = $"/Portal/Measures/{id}";
        var version = await app.InDatabaseAsync(db => db.QuestionnaireResponses.Where(r => r.Id == id).Select(r => r.Version).SingleAsync());
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", await session.TokenAsync("/Portal")), new("submit", "true"), new("version", version.ToString()),
        };
        fields.AddRange(Enumerable.Range(1, 9).Select(i => new KeyValuePair<string, string>($"item{i}", i == 9 ? itemNine : answer)));
        return await session.PostAsync(url, fields);
    }
}

[Collection(SqliteApp.Collection)]
public sealed class AnswerWindowTests_Sqlite(SqliteApp app) : AnswerWindowTests(app);

[Collection(PostgresApp.Collection)]
public sealed class AnswerWindowTests_Postgres(PostgresApp app) : AnswerWindowTests(app);
