using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Web.Tests.Infrastructure;
using Tandem.Web.Tests.RippleMap;

namespace Tandem.Web.Tests.Practices;

/// <summary>Issue 17, item 5: "one real feeling with one person each day" names someone from my latest map, and the team sees them only if I shared that map.</summary>
public abstract class CheckInPersonTests(TandemApp app)
{
    private const string Url = "/Portal/Practices";
    private const string Form = "#check-in";

    /// <summary>Letters only: a label of eight random hex digits can look like a phone number, which the map refuses.</summary>
    private static string Tag() => string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))));

    [Fact]
    public async Task A_check_in_names_someone_from_my_latest_map_and_a_forged_person_is_refused_with_nothing_written()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var practice = (await app.PracticesGivenAsync(app.Demo, series, count: 1))[0];
        var tag = Tag();
        var a = await app.SignInAsync(series.A.Email);
        await MapForm.DrawnAsync(a, "MeAndMyClinician", (0, new($"Mia-{tag}", "Partner", "Inner", "6", "Supportive")), (1, new($"Jo-{tag}", "Friend", "Middle", "4", "Mixed")));
        var page = await a.GetAsync(Url);
        var p = HomePracticeLogTests.Prefix(page, practice.Id);
        var choices = page.Document.QuerySelectorAll($"{Form} select[name='{p}.WithPersonId'] option").ToDictionary(o => o.TextContent.Trim(), o => o.GetAttribute("value")!);
        Assert.Equal(["No one in particular", $"Mia-{tag}", $"Jo-{tag}"], choices.Keys);

        var forged = await a.SubmitAsync(page, Url, Form, new() { [$"{p}.Done"] = "true", [$"{p}.HowItWent"] = "4", [$"{p}.WithPersonId"] = Guid.NewGuid().ToString() });

        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("Choose someone from your latest map, or no one.", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.InDatabaseAsync(db => db.HomePracticeCheckIns.AnyAsync(c => c.ClientId == series.A.Id)));

        var saved = await a.SubmitAsync(await a.GetAsync(Url), Url, Form, new() { [$"{p}.Done"] = "true", [$"{p}.HowItWent"] = "4", [$"{p}.WithPersonId"] = choices[$"Mia-{tag}"] });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(Guid.Parse(choices[$"Mia-{tag}"]), await app.InDatabaseAsync(db => db.HomePracticeCheckIns.Where(c => c.ClientId == series.A.Id).Select(c => c.MapPersonId).SingleAsync()));
        var again = (await a.GetAsync(Url)).Document.QuerySelector($"{Form} select[name='{p}.WithPersonId'] option[selected]")!;
        Assert.Equal($"Mia-{tag}", again.TextContent.Trim());
    }

    [Fact]
    public async Task The_team_sees_the_person_only_from_a_map_shared_with_it_and_the_partner_never_sees_them()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var given = await app.PracticesGivenAsync(app.Demo, series, count: 2);
        var tag = Tag();
        var a = await app.SignInAsync(series.A.Email);
        var sharedMap = await MapForm.DrawnAsync(a, "MeAndMyClinician", (0, new($"Shared-Mia-{tag}", "Partner", "Inner", "6", "Supportive")));
        // Redrawn and kept to myself: Mia keeps her person id under a new label, and Jo is on no map the team may read.
        await MapForm.DrawnAsync(a, "OnlyMe", (0, new($"Private-Mia-{tag}", "Partner", "Inner", "7", "Supportive")), (1, new($"Private-Jo-{tag}", "Friend", "Middle", "4", "Mixed")));
        var page = await a.GetAsync(Url);
        var (first, second) = (HomePracticeLogTests.Prefix(page, given[0].Id), HomePracticeLogTests.Prefix(page, given[1].Id));
        string Choice(string prefix, string label) => page.Document.QuerySelectorAll($"{Form} select[name='{prefix}.WithPersonId'] option").Single(o => o.TextContent.Trim() == label).GetAttribute("value")!;
        var saved = await a.SubmitAsync(page, Url, Form, new()
        {
            [$"{first}.Done"] = "true", [$"{first}.HowItWent"] = "5", [$"{first}.WithPersonId"] = Choice(first, $"Private-Mia-{tag}"),
            [$"{second}.Done"] = "true", [$"{second}.HowItWent"] = "3", [$"{second}.WithPersonId"] = Choice(second, $"Private-Jo-{tag}"),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var teamUrl = $"/Cases/{series.CaseId}/Practices/{series.A.Id}";
        var team = await (await app.As(app.Demo.Emails["sam"])).GetAsync(teamUrl);
        Assert.Contains($"Shared-Mia-{tag}", team.Document.QuerySelector($"#practice-{given[0].Id} .touched")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("someone in my life", team.Document.QuerySelector($"#practice-{given[1].Id} .touched")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Private-", team.Text, StringComparison.Ordinal);
        var mapReads = await app.InDatabaseAsync(db => db.AuditEvents
            .Where(e => e.ClientId == series.A.Id && e.Code == Core.Audit.AuditCode.RippleMap_ViewedByCaseTeam).Select(e => e.EntityId).ToListAsync());
        Assert.Equal([sharedMap.ToString()], mapReads);

        var b = await app.SignInAsync(series.B.Email);
        foreach (var url in new[] { Url, "/Portal", "/Portal/RippleMap", teamUrl })
        {
            Assert.DoesNotContain($"Mia-{tag}", (await b.GetAsync(url)).Text, StringComparison.Ordinal);
        }
    }
}

[Collection(SqliteApp.Collection)]
public sealed class CheckInPersonTests_Sqlite(SqliteApp app) : CheckInPersonTests(app);

[Collection(PostgresApp.Collection)]
public sealed class CheckInPersonTests_Postgres(PostgresApp app) : CheckInPersonTests(app);
