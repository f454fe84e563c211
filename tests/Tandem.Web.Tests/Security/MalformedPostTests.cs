using System.Net;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Security;

public abstract class MalformedPostTests(TandemApp app)
{
    [Fact]
    public async Task Posts_to_unknown_handlers_or_with_nothing_filled_in_never_fail_the_server_and_write_nothing()
    {
        var personas = new[] { "sam", "maya", "admin", "jordan" };
        var pages = new List<(PageSession Session, string Url, string Token)>();
        foreach (var persona in personas)
        {
            var session = await app.As(app.Demo.Emails[persona]);
            pages.AddRange((await SiteCrawler.CrawlAsync(session, limit: 60))
                .Where(v => v.Page.Status == HttpStatusCode.OK && v.Page.Document.QuerySelector("main form[method=post]") is not null)
                .Select(v => (session, v.Url, v.Page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)));
        }

        Assert.True(pages.Count > 10, $"only {pages.Count} pages with forms were found");
        var before = await DatabaseSnapshot.TakeAsync(app);
        foreach (var (session, url, token) in pages)
        {
            var path = url.Split('?')[0];
            var unknown = await session.PostAsync($"{path}?handler=NoSuchHandler", [new("__RequestVerificationToken", token)]);
            Assert.True((int)unknown.StatusCode < 500, $"POST {path}?handler=NoSuchHandler answered {(int)unknown.StatusCode}");
            var unknownGet = await session.GetAsync($"{path}?handler=NoSuchHandler");
            Assert.True((int)unknownGet.Status < 500, $"GET {path}?handler=NoSuchHandler answered {(int)unknownGet.Status}");
            var empty = await session.PostAsync(url, [new("__RequestVerificationToken", token)]);
            Assert.True((int)empty.StatusCode < 500, $"an empty POST {url} answered {(int)empty.StatusCode}");
        }

        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(app));
    }
}

[Collection(SqliteApp.Collection)]
public sealed class MalformedPostTests_Sqlite(SqliteApp app) : MalformedPostTests(app);

[Collection(PostgresApp.Collection)]
public sealed class MalformedPostTests_Postgres(PostgresApp app) : MalformedPostTests(app);
