using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Treatment;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Integration;

public abstract class IntegrationTests(TandemApp app)
{
    [Fact]
    public async Task A_signed_joint_integration_gives_both_partners_its_insights_and_practices_but_never_the_notes()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var joint = series.First(SessionKind.JointIntegration);
        var practices = await PracticeIdsAsync("Slow down reactivity", "Choose repair over rupture");
        var signed = await PostAsync(await app.As(app.Demo.Emails["sam"]), joint.Id, "Sign", "Noticed the pause before answering", "Alex freezes when Jordan raises their voice", practices);
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);

        foreach (var partner in new[] { series.A, series.B })
        {
            var page = await (await app.SignInAsync(partner.Email)).GetAsync($"/Portal/Sessions/{joint.Id}");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains("Noticed the pause before answering", page.Text, StringComparison.Ordinal);
            Assert.Contains("Slow down reactivity", page.Text, StringComparison.Ordinal);
            Assert.Contains("Choose repair over rupture", page.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("freezes", page.Text, StringComparison.Ordinal);
        }

        Assert.Equal(4, await app.InDatabaseAsync(db => db.PracticeAssignments.CountAsync(a => a.CaseId == series.CaseId)));
    }

    [Fact]
    public async Task An_individual_integration_goes_to_that_partner_only_and_a_signed_one_is_not_changed()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var mine = series.First(SessionKind.IndividualIntegration, series.A.Id);
        var sam = await app.As(app.Demo.Emails["sam"]);
        var practices = await PracticeIdsAsync("A self-compassion pause");
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(sam, mine.Id, "Sign", "The shutdown is old protection", "", practices)).StatusCode);

        var url = $"/Portal/Sessions/{mine.Id}";
        Assert.Contains("The shutdown is old protection", (await (await app.SignInAsync(series.A.Email)).GetAsync(url)).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync(series.B.Email)).GetAsync(url)).Status);

        var changed = await PostAsync(sam, mine.Id, "Save", "Rewritten", "", practices);
        Assert.Contains("signed and shared", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("The shutdown is old protection", await app.InDatabaseAsync(db => db.IntegrationSessions.Where(i => i.SeriesSessionId == mine.Id).Select(i => i.SharedInsights).SingleAsync()));
    }

    private static async Task<HttpResponseMessage> PostAsync(PageSession session, Guid id, string handler, string insights, string notes, IEnumerable<Guid> practices)
    {
        var url = $"/Integration/{id}";
        var page = await session.GetAsync(url);
        var form = page.Document.QuerySelector("#integration");
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            new("Input.Version", form?.QuerySelector("input[name='Input.Version']")?.GetAttribute("value") ?? Guid.Empty.ToString()),
            new("Input.SharedInsights", insights),
            new("Input.ClinicianNotes", notes),
        };
        fields.AddRange(practices.Select(p => new KeyValuePair<string, string>("Input.Practices", p.ToString())));
        return await session.PostAsync($"{url}?handler={handler}", fields);
    }

    private Task<List<Guid>> PracticeIdsAsync(params string[] names) =>
        app.InDatabaseAsync(db => db.HomePractices.Where(p => p.PracticeId == app.Demo.PracticeId && names.Contains(p.Name)).Select(p => p.Id).ToListAsync());
}

[Collection(SqliteApp.Collection)]
public sealed class IntegrationTests_Sqlite(SqliteApp app) : IntegrationTests(app);

[Collection(PostgresApp.Collection)]
public sealed class IntegrationTests_Postgres(PostgresApp app) : IntegrationTests(app);
