using System.Net;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Operations;

/// <summary>
/// A unit of work (a request's DbContext, or the audit commit's) keeps its SQLite connection from its first statement to
/// its end: opening it again for every statement ran our pragmas and registered EF Core's SQL functions each time (23
/// opens on a case page). PostgreSQL's connections are left to EF Core and Npgsql's pool (decision 0030), so this is
/// SQLite's alone.
/// </summary>
[Collection(SqliteApp.Collection)]
public sealed class SqliteConnectionTests(SqliteApp app)
{
    [Theory]
    [InlineData("sam", "/Cases/{couple}")]
    [InlineData("sam", "/Dashboard")]
    [InlineData("jordan", "/Portal")]
    public async Task Each_unit_of_work_of_a_page_opens_its_connection_once_however_many_statements_it_sends(string persona, string path)
    {
        var session = await app.As(app.Demo.Emails[persona]);
        var url = path.Replace("{couple}", app.Demo.Cases["couple"].ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync(url)).Status);

        app.Sql.Reset();
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync(url)).Status);

        Assert.True(app.Sql.Count >= 5, $"{url} sent {app.Sql.Count} statements");
        Assert.Equal(1, app.Sql.MostOpensByOneContext);
    }
}
