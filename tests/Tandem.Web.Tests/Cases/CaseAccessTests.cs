using System.Net;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Cases;

/// <summary>Each denial is paired with the allowed actor seeing the content on the same URL.</summary>
public abstract class CaseAccessTests(TandemApp app)
{
    private const string CoupleNote = "Both named the same hot spot";
    private const string DanaNote = "Blood pressure history to discuss";

    private string CoupleCaseUrl => $"/Cases/{app.Demo.Cases["couple"]}";

    [Fact]
    public async Task A_clinician_of_another_practice_gets_404_for_a_case_its_team_sees()
    {
        var lead = await (await app.As(app.Demo.Emails["sam"])).GetAsync(CoupleCaseUrl);
        Assert.Equal(HttpStatusCode.OK, lead.Status);
        Assert.Contains(CoupleNote, lead.Text, StringComparison.Ordinal);

        var stranger = await (await app.As(app.Other.Emails["sam"])).GetAsync(CoupleCaseUrl);
        Assert.Equal(HttpStatusCode.NotFound, stranger.Status);
        Assert.DoesNotContain("Jordan", stranger.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clinician_off_the_team_sees_name_and_stage_but_no_clinical_material()
    {
        var url = $"/Cases/{app.Demo.Cases["dana"]}";
        var team = await (await app.As(app.Demo.Emails["maya"])).GetAsync(url);
        Assert.Contains(DanaNote, team.Text, StringComparison.Ordinal);
        Assert.Contains("dana@demo.tandem.test", team.Text, StringComparison.Ordinal);

        var offTeam = await (await app.As(app.Demo.Emails["sam"])).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, offTeam.Status);
        Assert.Contains("Dana Whitfield", offTeam.Text, StringComparison.Ordinal);
        Assert.Contains("Medical review", offTeam.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(DanaNote, offTeam.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("dana@demo.tandem.test", offTeam.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Intake submitted and consent signed", offTeam.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_practice_admin_sees_no_clinical_content()
    {
        var admin = await app.As(app.Demo.Emails["admin"]);
        var casePage = await admin.GetAsync(CoupleCaseUrl);
        Assert.Equal(HttpStatusCode.NotFound, casePage.Status);
        Assert.DoesNotContain(CoupleNote, casePage.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/Dashboard")).Status);

        var staff = await admin.GetAsync("/Admin/Staff");
        Assert.Equal(HttpStatusCode.OK, staff.Status);
        Assert.Contains("Sam Lindqvist", staff.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_cannot_open_another_clients_portal_pages()
    {
        var url = $"/Portal/Cases/{app.Demo.Cases["couple"]}";
        var jordan = await (await app.As(app.Demo.Emails["jordan"])).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, jordan.Status);
        Assert.Contains("With Alex", jordan.Text, StringComparison.Ordinal);

        var priya = await (await app.As(app.Demo.Emails["priya"])).GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, priya.Status);
        Assert.DoesNotContain("Alex", priya.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_cannot_open_staff_pages_even_for_their_own_case()
    {
        var jordan = await app.As(app.Demo.Emails["jordan"]);
        var casePage = await jordan.GetAsync(CoupleCaseUrl);
        Assert.Equal(HttpStatusCode.NotFound, casePage.Status);
        Assert.DoesNotContain(CoupleNote, casePage.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await jordan.GetAsync("/Dashboard")).Status);
    }

    [Fact]
    public async Task A_staff_member_cannot_open_a_portal_page()
    {
        var sam = await app.As(app.Demo.Emails["sam"]);
        Assert.Equal(HttpStatusCode.NotFound, (await sam.GetAsync($"/Portal/Cases/{app.Demo.Cases["couple"]}")).Status);
    }

    [Fact]
    public async Task Unknown_and_malformed_case_ids_answer_the_not_found_page()
    {
        var sam = await app.As(app.Demo.Emails["sam"]);
        foreach (var url in new[] { $"/Cases/{Guid.NewGuid()}", "/Cases/not-a-case", $"/Cases/{Guid.NewGuid()}/Move" })
        {
            var page = await sam.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, page.Status);
            Assert.Contains("Page not found", page.Text, StringComparison.Ordinal);
        }
    }
}

[Collection(SqliteApp.Collection)]
public sealed class CaseAccessTests_Sqlite(SqliteApp app) : CaseAccessTests(app);

[Collection(PostgresApp.Collection)]
public sealed class CaseAccessTests_Postgres(PostgresApp app) : CaseAccessTests(app);
