using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Core.Access;
using Tandem.Core.Audit;
using Tandem.Data.Identity;
using Tandem.Web.Demo;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Admin;

/// <summary>
/// The practice's team: the admin invites a staff member by email with their roles, and changes roles later; each
/// change is audited and in force from that person's next request; the practice always keeps a practice admin.
/// </summary>
public abstract partial class PracticeTeamTests(TandemApp app)
{
    private const string Invite = "/Admin/Invite";

    [Fact]
    public async Task An_invited_clinician_chooses_a_password_once_and_works_with_the_roles_the_admin_chose()
    {
        var practice = await app.OwnPracticeAsync();
        var admin = await app.SignInAsync(practice.Emails["admin"]);
        var email = $"noor-{Guid.NewGuid():N}@staff.test";

        var sent = await admin.SubmitAsync(Invite, "#invite", new() { ["Input.Name"] = "Dr. Noor Haddad", ["Input.Email"] = email, ["Input.Roles"] = "Prescriber" });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains(email, (await admin.GetAsync(Invite)).Document.QuerySelector("#waiting")?.TextContent ?? "", StringComparison.Ordinal);
        var mail = Assert.Single(app.To(email));
        Assert.DoesNotContain("ketamine", mail.TextBody, StringComparison.OrdinalIgnoreCase);
        var link = new Uri(JoinLink().Match(mail.TextBody ?? "").Value).PathAndQuery;

        var noor = app.NewSession();
        var joined = await noor.SubmitAsync(link, "form", new() { ["Input.Password"] = DemoPractice.Password, ["Input.ConfirmPassword"] = DemoPractice.Password });
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await noor.GetAsync("/Dashboard")).Status);
        Assert.Equal([Roles.Clinician, Roles.Prescriber], await RolesOfAsync(email));
        Assert.Contains("This link no longer works", (await app.NewSession().GetAsync(link)).Text, StringComparison.Ordinal);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.PracticeId == practice.PracticeId && e.Code == AuditCode.StaffInvitation_Accepted)));
    }

    [Theory]
    [InlineData("", "Dr. Ana", "Clinician", "Give the email")]
    [InlineData("x", "Dr. Ana", "Clinician", "This is not an email address")]
    [InlineData("new", "Dr. Ana", "", "Choose at least one role")]
    [InlineData("new", "", "Clinician", "Give their name")]
    [InlineData("sam", "Sam again", "Clinician", "An account already uses this email")]
    public async Task An_invitation_that_cannot_be_sent_says_why_and_writes_nothing(string email, string name, string roles, string message)
    {
        var practice = await app.OwnPracticeAsync();
        var admin = await app.SignInAsync(practice.Emails["admin"]);
        var address = email switch { "new" => $"ana-{Guid.NewGuid():N}@staff.test", "sam" => practice.Emails["sam"], _ => email };
        var values = new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Email"] = address };
        if (roles.Length > 0)
        {
            values["Input.Roles"] = roles;
        }

        var refused = await admin.SubmitAsync(Invite, "#invite", values);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(message, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.StaffInvitations.CountAsync(i => i.PracticeId == practice.PracticeId)));
    }

    [Fact]
    public async Task A_cancelled_invitation_no_longer_opens_and_a_second_invitation_waits_for_it()
    {
        var practice = await app.OwnPracticeAsync();
        var admin = await app.SignInAsync(practice.Emails["admin"]);
        var email = $"lee-{Guid.NewGuid():N}@staff.test";
        var values = new Dictionary<string, string> { ["Input.Name"] = "Lee Park", ["Input.Email"] = email, ["Input.Roles"] = "Clinician" };
        await admin.SubmitAsync(Invite, "#invite", values);
        var again = await admin.SubmitAsync(Invite, "#invite", values);
        var body = await again.Content.ReadAsStringAsync();
        Assert.True(body.Contains("An invitation to this email is waiting", StringComparison.Ordinal), $"{again.StatusCode} {body[^3000..]}");

        var link = new Uri(JoinLink().Match(Assert.Single(app.To(email)).TextBody ?? "").Value).PathAndQuery;
        var cancelled = await admin.SubmitAsync(await admin.GetAsync(Invite), Invite, "#waiting form", []);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.StaffInvitations.CountAsync(i => i.PracticeId == practice.PracticeId)));
        Assert.Contains("This link no longer works", (await app.NewSession().GetAsync(link)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_change_is_in_force_at_the_persons_next_request_and_audited()
    {
        var practice = await app.OwnPracticeAsync();
        var admin = await app.SignInAsync(practice.Emails["admin"]);
        var email = await app.StaffAsync(practice, Roles.Clinician);
        var member = await app.SignInAsync(email);
        var id = await app.UserIdAsync(email);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync("/Admin/Staff")).Status);

        await SetRolesAsync(admin, id, "Clinician", "PracticeAdmin");
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/Admin/Staff")).Status);

        await SetRolesAsync(admin, id, "PracticeAdmin");
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync("/Dashboard")).Status);
        Assert.Equal([Roles.PracticeAdmin], await RolesOfAsync(email));
        Assert.Equal(2, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.PracticeId == practice.PracticeId && e.Code == AuditCode.StaffRoles_Changed)));
    }

    [Fact]
    public async Task The_only_practice_admin_keeps_the_role_and_a_stale_roles_form_is_refused()
    {
        var practice = await app.OwnPracticeAsync();
        var admin = await app.SignInAsync(practice.Emails["admin"]);
        var adminId = await app.UserIdAsync(practice.Emails["admin"]);

        var refused = await SetRolesAsync(admin, adminId, "Clinician");
        Assert.Contains("only practice admin", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([Roles.PracticeAdmin], await RolesOfAsync(practice.Emails["admin"]));

        var sam = await app.UserIdAsync(practice.Emails["sam"]);
        var (tab1, tab2) = (await admin.GetAsync($"/Admin/Staff/{sam}/Roles"), await admin.GetAsync($"/Admin/Staff/{sam}/Roles"));
        await admin.SubmitAsync(tab1, $"/Admin/Staff/{sam}/Roles", "#roles", new() { ["Roles"] = "Prescriber" });
        var stale = await admin.SubmitAsync(tab2, $"/Admin/Staff/{sam}/Roles", "#roles", new() { ["Roles"] = "PracticeAdmin" });
        Assert.Contains("changed since you opened this page", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([Roles.Clinician, Roles.Prescriber], await RolesOfAsync(practice.Emails["sam"]));
    }

    private static async Task<HttpResponseMessage> SetRolesAsync(PageSession admin, Guid id, params string[] roles)
    {
        var url = $"/Admin/Staff/{id}/Roles";
        var page = await admin.GetAsync(url);
        var (target, fields) = PageSession.Fill(page, url, "#roles", []);
        fields.RemoveAll(f => f.Key == "Roles");
        fields.AddRange(roles.Select(r => new KeyValuePair<string, string>("Roles", r)));
        return await admin.PostAsync(target, fields);
    }

    private async Task<List<string>> RolesOfAsync(string email)
    {
        List<string> roles = [];
        await app.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<TandemUser>>();
            roles = [.. (await users.GetRolesAsync((await users.FindByEmailAsync(email))!)).Order(StringComparer.Ordinal)];
        });
        return roles;
    }

    [GeneratedRegex(@"https://\S+/Account/Join/\S+")]
    private static partial Regex JoinLink();
}

[Collection(SqliteApp.Collection)]
public sealed class PracticeTeamTests_Sqlite(SqliteApp app) : PracticeTeamTests(app);

[Collection(PostgresApp.Collection)]
public sealed class PracticeTeamTests_Postgres(PostgresApp app) : PracticeTeamTests(app);
