using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Cases;

public abstract class NoteTests(TandemApp app)
{
    [Fact]
    public async Task A_note_is_kept_for_the_case_team_with_its_author()
    {
        var (caseId, _) = await app.IndividualCaseAsync(app.Demo, CaseStage.Preparation, "sam", "maya");
        var response = await (await app.As(app.Demo.Emails["sam"])).SubmitAsync($"/Cases/{caseId}", "form[action*=Note]",
            new() { ["Note.Text"] = "Named the hot spot: feeling dismissed at work." });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var maya = await (await app.As(app.Demo.Emails["maya"])).GetAsync($"/Cases/{caseId}");
        Assert.Contains("Named the hot spot: feeling dismissed at work.", maya.Text, StringComparison.Ordinal);
        Assert.Contains("Sam Lindqvist ·", maya.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fields_outside_the_form_are_ignored()
    {
        var (caseId, _) = await app.IndividualCaseAsync(app.Demo, CaseStage.Preparation, "sam");
        var mayaId = await app.UserIdAsync(app.Demo.Emails["maya"]);
        await (await app.As(app.Demo.Emails["sam"])).SubmitAsync($"/Cases/{caseId}", "form[action*=Note]", new()
        {
            ["Note.Text"] = "Checked in by phone.",
            ["PracticeId"] = app.Other.PracticeId.ToString(),
            ["Note.PracticeId"] = app.Other.PracticeId.ToString(),
            ["Note.AuthorId"] = mayaId.ToString(),
            ["AuthorId"] = mayaId.ToString(),
        });

        var note = await app.InDatabaseAsync(db => db.CaseNotes.SingleAsync(n => n.CaseId == caseId));
        Assert.Equal(app.Demo.PracticeId, note.PracticeId);
        Assert.Equal(await app.UserIdAsync(app.Demo.Emails["sam"]), note.AuthorId);
    }

    [Theory]
    [InlineData("", "Write the note before saving it")]
    [InlineData("   ", "Write the note before saving it")]
    [InlineData(null, "at most 4000 characters")]
    public async Task A_blank_or_over_long_note_gets_a_message_and_writes_nothing(string? text, string message)
    {
        var (caseId, _) = await app.IndividualCaseAsync(app.Demo, CaseStage.Preparation, "sam");
        var response = await (await app.As(app.Demo.Emails["sam"])).SubmitAsync($"/Cases/{caseId}", "form[action*=Note]",
            new() { ["Note.Text"] = text ?? new string('a', 4001) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.CaseNotes.CountAsync(n => n.CaseId == caseId)));
    }
}

[Collection(SqliteApp.Collection)]
public sealed class NoteTests_Sqlite(SqliteApp app) : NoteTests(app);

[Collection(PostgresApp.Collection)]
public sealed class NoteTests_Postgres(PostgresApp app) : NoteTests(app);
