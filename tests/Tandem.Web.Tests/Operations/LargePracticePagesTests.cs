using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Web.Demo;
using Tandem.Web.Tests.Infrastructure;
using Tandem.Web.Tests.Security;

namespace Tandem.Web.Tests.Operations;

/// <summary>The app served over a practice <c>seed-large</c> generated: every persona's pages open, so the benchmark measures pages, not errors.</summary>
public abstract class LargePracticePagesTests(TandemApp app)
{
    [Fact]
    public async Task Every_page_each_persona_of_the_generated_practice_is_shown_opens()
    {
        await using var generated = await GeneratedPractice.CreateAsync(app);
        var (exitCode, output) = await generated.RunAsync("seed-large", "--clients", "150");
        Assert.True(exitCode == 0, output);
        string partner, individual;
        await using (var db = generated.OpenDatabase())
        {
            partner = await ClientInAsync(db, CaseKind.Couple, CaseStage.DosingSeries, CaseStage.Completed, CaseStage.FollowUp);
            individual = await ClientInAsync(db, CaseKind.Individual, CaseStage.DosingSeries);
        }

        await using var served = app.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in generated.Settings)
            {
                builder.UseSetting(key, value);
            }
        });
        var shapes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var email in new[] { "admin@large.tandem.test", "clinician1@large.tandem.test", "prescriber1@large.tandem.test", partner, individual })
        {
            var visits = await SiteCrawler.CrawlAsync(await SignInAsync(served, email), limit: 80);
            Assert.All(visits, v => Assert.True(
                v.Page.Status == HttpStatusCode.OK || (v.Page.Status == HttpStatusCode.Redirect && !v.Page.Location!.Contains("/Account/Login", StringComparison.Ordinal)),
                $"{email}: {v.Url} answered {(int)v.Page.Status}"));
            shapes.UnionWith(visits.Select(v => SiteCrawler.Ids().Replace(v.Url.Split('?')[0], "{id}")));
        }

        foreach (var expected in new[] { "/Dashboard", "/Cases/{id}", "/Series/{id}", "/Portal/Journal", "/Portal/Measures", "/Reports/Outcomes" })
        {
            Assert.Contains(expected, shapes);
        }
    }

    /// <summary>A client in a case of this kind that has reached its series, so their portal has sessions, questionnaires and practices.</summary>
    private static Task<string> ClientInAsync(Data.TandemDbContext db, CaseKind kind, params CaseStage[] stages) =>
        (from c in db.Cases
         where c.Kind == kind && stages.Contains(c.Stage)
         join p in db.CaseParticipants on c.Id equals p.CaseId
         join client in db.Clients on p.ClientId equals client.Id
         orderby client.Email
         select client.Email).FirstAsync();

    private static async Task<PageSession> SignInAsync(WebApplicationFactory<Program> served, string email)
    {
        var session = TandemApp.NewSession(served);
        var response = await session.SubmitAsync("/Account/Login", "form", new() { ["Input.Email"] = email, ["Input.Password"] = DemoPractice.Password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{email} could not sign in: {(int)response.StatusCode}");
        return session;
    }
}

[Collection(SqliteApp.Collection)]
public sealed class LargePracticePagesTests_Sqlite(SqliteApp app) : LargePracticePagesTests(app);

[Collection(PostgresApp.Collection)]
public sealed class LargePracticePagesTests_Postgres(PostgresApp app) : LargePracticePagesTests(app);
