using System.Net;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Dashboard;

public abstract class DashboardTests(TandemApp app)
{
    [Fact]
    public async Task Cases_are_grouped_by_stage_with_what_each_waits_for()
    {
        var page = await (await app.As(app.Demo.Emails["sam"])).GetAsync("/Dashboard");
        Assert.Equal(HttpStatusCode.OK, page.Status);

        var dosing = page.Document.QuerySelector("#stage-DosingSeries")?.ParentElement;
        Assert.NotNull(dosing);
        Assert.Contains("Jordan Ellis & Alex Moreno", dosing.TextContent, StringComparison.Ordinal);
        Assert.Contains("The next dosing session", dosing.TextContent, StringComparison.Ordinal);

        var review = page.Document.QuerySelector("#stage-MedicalReview")?.ParentElement;
        Assert.NotNull(review);
        Assert.Contains("Dana Whitfield", review.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_never_shows_another_practices_cases()
    {
        var page = await (await app.As(app.Demo.Emails["sam"])).GetAsync("/Dashboard");
        var otherCase = app.Other.Cases["couple"].ToString();
        Assert.DoesNotContain(otherCase, page.Html, StringComparison.Ordinal);
        Assert.Contains(app.Demo.Cases["couple"].ToString(), page.Html, StringComparison.Ordinal);
    }
}

[Collection(SqliteApp.Collection)]
public sealed class DashboardTests_Sqlite(SqliteApp app) : DashboardTests(app);

[Collection(PostgresApp.Collection)]
public sealed class DashboardTests_Postgres(PostgresApp app) : DashboardTests(app);
