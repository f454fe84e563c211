using Tandem.Core.Cases;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Portal;

/// <summary>The portal offers scores, practices and the repair log once they have a use, and says when that will be.</summary>
public abstract class PortalLinksTests(TandemApp app)
{
    [Fact]
    public async Task During_intake_the_portal_leads_to_no_empty_page_and_says_when_each_will_come()
    {
        var (_, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Intake, "sam");
        var home = await (await app.SignInAsync(a.Email)).GetAsync("/Portal");
        var links = home.Document.QuerySelectorAll("#portal-links a").Select(l => l.GetAttribute("href")).ToList();
        Assert.Contains("/Portal/Journal", links);
        Assert.DoesNotContain("/Portal/Measures", links);
        Assert.DoesNotContain("/Portal/Practices", links);
        Assert.DoesNotContain("/Portal/Repair", links);
        Assert.Contains("after your first questionnaire", home.Document.QuerySelector("#portal-later")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mid_series_every_link_is_offered()
    {
        var practice = await app.OwnPracticeAsync();
        var home = await (await app.SignInAsync(practice.Emails["jordan"])).GetAsync("/Portal");
        var links = home.Document.QuerySelectorAll("#portal-links a").Select(l => l.GetAttribute("href")).ToList();
        Assert.Contains("/Portal/Measures", links);
        Assert.Contains("/Portal/Practices", links);
        Assert.Contains("/Portal/Repair", links);
        Assert.Null(home.Document.QuerySelector("#portal-later"));
    }
}

[Collection(SqliteApp.Collection)]
public sealed class PortalLinksTests_Sqlite(SqliteApp app) : PortalLinksTests(app);

[Collection(PostgresApp.Collection)]
public sealed class PortalLinksTests_Postgres(PostgresApp app) : PortalLinksTests(app);
