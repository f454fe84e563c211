using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Treatment;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Integration;

public abstract class IntegrationSessionTests(TandemApp app)
{
    [Fact]
    public async Task A_signed_joint_integration_gives_both_partners_its_insights_and_practices_but_never_the_notes()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var joint = await app.OnDayAsync(series.First(SessionKind.JointIntegration));
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
        var mine = await app.OnDayAsync(series.First(SessionKind.IndividualIntegration, series.A.Id));
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

    [Fact]
    public async Task Clinicians_extend_the_library_and_a_retired_practice_is_no_longer_offered()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var joint = $"/Integration/{series.First(SessionKind.JointIntegration).Id}";
        var sam = await app.As(app.Demo.Emails["sam"]);
        var name = "Walk together " + Guid.NewGuid().ToString("N")[..6];

        var added = await sam.SubmitAsync("/Integration/Library", "#add-practice", new() { ["Input.Name"] = name, ["Input.Description"] = "Twenty minutes, phones away." });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains(name, (await sam.GetAsync(joint)).Text, StringComparison.Ordinal);

        var again = await sam.SubmitAsync("/Integration/Library", "#add-practice", new() { ["Input.Name"] = name.ToUpperInvariant(), ["Input.Description"] = "Again" });
        Assert.Contains("already has a practice with this name", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        string[] spellings = [name, name.ToUpperInvariant()];
        Assert.Equal(1, await app.InDatabaseAsync(db => db.HomePractices.CountAsync(p => p.PracticeId == app.Demo.PracticeId && spellings.Contains(p.Name))));

        var id = (await PracticeIdsAsync(name)).Single();
        var retired = await sam.SubmitAsync("/Integration/Library", $"form[action*=Active]:has(input[name=id][value='{id}'])", []);
        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);
        Assert.DoesNotContain(name, (await sam.GetAsync(joint)).Text, StringComparison.Ordinal);
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
public sealed class IntegrationSessionTests_Sqlite(SqliteApp app) : IntegrationSessionTests(app);

[Collection(PostgresApp.Collection)]
public sealed class IntegrationSessionTests_Postgres(PostgresApp app) : IntegrationSessionTests(app);
