using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Security;

public abstract class ReadOnlyGetTests(TandemApp app)
{
    /// <summary>Staff in each role and clients at each stage: together they are shown every page of the app.</summary>
    public static readonly string[] Personas = ["sam", "maya", "admin", "jordan", "alex", "priya", "tom", "dana"];

    [Fact]
    public async Task Every_page_each_persona_is_shown_opens_and_changes_nothing_but_the_audit_log()
    {
        foreach (var persona in Personas)
        {
            await app.As(app.Demo.Emails[persona]);
        }

        var before = await SnapshotAsync();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await app.NewSession().GetAsync("/p/demo/book")).Status);
        var shapes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var persona in Personas)
        {
            var visits = await SiteCrawler.CrawlAsync(await app.As(app.Demo.Emails[persona]));
            Assert.All(visits, v => Assert.True(
                v.Page.Status == System.Net.HttpStatusCode.OK || (v.Page.Status == System.Net.HttpStatusCode.Redirect && !v.Page.Location!.Contains("/Account/Login", StringComparison.Ordinal)),
                $"{persona}: {v.Url} answered {(int)v.Page.Status}"));
            shapes.UnionWith(visits.Select(v => SiteCrawler.Ids().Replace(v.Url.Split('?')[0], "{id}")));
        }

        Assert.Equal(before, await SnapshotAsync());
        foreach (var expected in new[] { "/Dashboard", "/Cases/{id}", "/Series/{id}", "/Portal/Journal", "/Portal/Measures", "/Reports/Outcomes", "/Settings/Protocol" })
        {
            Assert.Contains(expected, shapes);
        }
    }

    private Task<string> SnapshotAsync() => DatabaseSnapshot.TakeAsync(app);
}

[Collection(SqliteApp.Collection)]
public sealed class ReadOnlyGetTests_Sqlite(SqliteApp app) : ReadOnlyGetTests(app);

[Collection(PostgresApp.Collection)]
public sealed class ReadOnlyGetTests_Postgres(PostgresApp app) : ReadOnlyGetTests(app);
