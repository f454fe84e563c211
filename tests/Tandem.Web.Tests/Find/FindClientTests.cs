using System.Net;
using Tandem.Core.Access;
using Tandem.Core.Cases;
using Tandem.Core.Clients;
using Tandem.Web.Demo;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Find;

/// <summary>
/// "Find a client" by name or email, case- and accent-insensitive with the same results on both databases; each
/// case found is shown as the access rule allows, open cases first.
/// </summary>
public abstract class FindClientTests(TandemApp app)
{
    [Theory]
    [InlineData("zoe ANGSTROM")]
    [InlineData("Zoë Ångström")]
    [InlineData("müller")]
    [InlineData("MULLER zo")]
    [InlineData("groß")]
    [InlineData("gross")]
    [InlineData("ZOE.A@")]
    public async Task A_client_is_found_by_any_part_of_the_name_or_email_in_any_case_with_or_without_accents(string query)
    {
        var (practice, _, tag) = await ZoeAsync();
        var page = await (await app.SignInAsync(practice.Emails["sam"])).GetAsync($"/Find?q={Uri.EscapeDataString(query)}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Zoë Ångström-Müller", page.Text, StringComparison.Ordinal);
        Assert.Contains(tag, page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Words_that_are_not_all_in_one_client_find_nobody_and_a_percent_sign_is_only_a_percent_sign()
    {
        var (practice, _, _) = await ZoeAsync();
        var sam = await app.SignInAsync(practice.Emails["sam"]);
        Assert.Contains("Nobody in this practice matches", (await sam.GetAsync("/Find?q=zoe+ellis")).Text, StringComparison.Ordinal);
        Assert.Contains("Nobody in this practice matches", (await sam.GetAsync("/Find?q=%25")).Text, StringComparison.Ordinal);
        Assert.Contains("Nobody in this practice matches", (await sam.GetAsync("/Find?q=_")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_team_sees_the_email_an_off_team_clinician_name_and_stage_and_an_admin_the_name_only()
    {
        var (practice, zoe, tag) = await ZoeAsync();
        var query = $"/Find?q={tag}";

        var team = await (await app.SignInAsync(practice.Emails["sam"])).GetAsync(query);
        Assert.Contains($"zoe.a@{tag}.test", team.Text, StringComparison.Ordinal);
        Assert.Contains("Preparation", team.Text, StringComparison.Ordinal);

        var offTeam = await (await app.SignInAsync(await app.StaffAsync(practice, Roles.Clinician))).GetAsync(query);
        Assert.Contains("Zoë Ångström-Müller", offTeam.Text, StringComparison.Ordinal);
        Assert.Contains("Preparation", offTeam.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("@", offTeam.Document.QuerySelector(".found")!.TextContent, StringComparison.Ordinal);

        var admin = await (await app.SignInAsync(practice.Emails["admin"])).GetAsync(query);
        var found = admin.Document.QuerySelector(".found")!;
        Assert.Contains("Zoë Ångström-Müller", found.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Preparation", found.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Closed", found.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("@", found.TextContent, StringComparison.Ordinal);
        Assert.Null(found.QuerySelector("a[href^='/Cases/']"));
        Assert.NotNull(found.QuerySelector($"a[href='/Admin/Access?ClientId={zoe}']"));
    }

    [Fact]
    public async Task Open_cases_come_first_and_another_practices_clients_are_never_found()
    {
        var (practice, _, tag) = await ZoeAsync();
        var page = await (await app.SignInAsync(practice.Emails["sam"])).GetAsync($"/Find?q={tag}");
        var rows = page.Document.QuerySelectorAll(".found > li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("Preparation", rows[0], StringComparison.Ordinal);
        Assert.Contains("Closed", rows[1], StringComparison.Ordinal);

        var other = await (await app.SignInAsync(app.Other.Emails["sam"])).GetAsync($"/Find?q={tag}");
        Assert.DoesNotContain("Müller", other.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_who_only_booked_a_free_call_is_found_by_name()
    {
        var practice = await app.OwnPracticeAsync();
        var page = await (await app.SignInAsync(practice.Emails["sam"])).GetAsync("/Find?q=ADEYEMI");
        Assert.Contains("Chris Adeyemi", page.Document.QuerySelector(".found")?.TextContent ?? "", StringComparison.Ordinal);
    }

    /// <summary>Zoë in a practice of her own: an open case (Preparation, Sam's) and an earlier closed one.</summary>
    private async Task<(SeededPractice Practice, Guid Zoe, string Tag)> ZoeAsync()
    {
        var practice = await app.OwnPracticeAsync();
        var tag = "t" + Guid.NewGuid().ToString("N")[..8];
        var zoe = await app.InDatabaseAsync(async db =>
        {
            var client = new Client { PracticeId = practice.PracticeId, FirstName = "Zoë", LastName = "Ångström-Müller Groß " + tag, Email = $"zoe.a@{tag}.test" };
            db.Clients.Add(client);
            await db.SaveChangesAsync();
            return client.Id;
        });
        await app.CaseOfAsync(practice, CaseStage.Closed, [zoe], "sam");
        await app.CaseOfAsync(practice, CaseStage.Preparation, [zoe], "sam");
        return (practice, zoe, tag);
    }
}

[Collection(SqliteApp.Collection)]
public sealed class FindClientTests_Sqlite(SqliteApp app) : FindClientTests(app);

[Collection(PostgresApp.Collection)]
public sealed class FindClientTests_Postgres(PostgresApp app) : FindClientTests(app);
