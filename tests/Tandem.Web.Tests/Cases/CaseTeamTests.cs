using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Web.Tests.Infrastructure;
using Tandem.Web.Tests.Intake;

namespace Tandem.Web.Tests.Cases;

/// <summary>The lead adds clinicians to the case team and removes added ones; membership is what opens the clinical pages.</summary>
public abstract class CaseTeamTests(TandemApp app)
{
    private const string History = "anxiety since college";

    [Fact]
    public async Task The_lead_adds_a_clinician_who_then_reads_the_case_until_removed()
    {
        var (caseId, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Intake, "sam", "maya");
        await IntakeFiller.SubmitAsync(await app.SignInAsync(a.Email), caseId);
        var newcomerEmail = await app.StaffAsync(app.Demo, Roles.Clinician);
        var newcomerId = await app.UserIdAsync(newcomerEmail);
        var newcomer = await app.SignInAsync(newcomerEmail);
        var intake = $"/Intake/{caseId}/{a.Id}";
        Assert.Equal(HttpStatusCode.NotFound, (await newcomer.GetAsync(intake)).Status);

        var sam = await app.As(app.Demo.Emails["sam"]);
        var added = await sam.SubmitAsync($"/Cases/{caseId}", "form#add-member", new() { ["staffId"] = newcomerId.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = await newcomer.GetAsync(intake);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(History, page.Text, StringComparison.Ordinal);
        var memberId = await app.InDatabaseAsync(db => db.CaseTeamMembers.Where(t => t.CaseId == caseId && t.StaffId == newcomerId).Select(t => t.Id).SingleAsync());
        Assert.True(await AuditedAsync(AuditCode.CaseTeam_MemberAdded, memberId));

        var removed = await sam.SubmitAsync($"/Cases/{caseId}", $"form.remove-member:has(input[value='{newcomerId}'])", []);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await newcomer.GetAsync(intake)).Status);
        Assert.True(await AuditedAsync(AuditCode.CaseTeam_MemberRemoved, memberId));
    }

    [Fact]
    public async Task A_team_member_who_is_not_the_lead_cannot_add_or_remove_and_the_lead_stays()
    {
        var (caseId, _, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Intake, "sam", "maya");
        var url = $"/Cases/{caseId}";
        var newcomerId = await app.UserIdAsync(await app.StaffAsync(app.Demo, Roles.Clinician));
        var samId = await app.UserIdAsync(app.Demo.Emails["sam"]);
        var maya = await app.As(app.Demo.Emails["maya"]);
        var mayaPage = await maya.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, mayaPage.Status);
        Assert.Null(mayaPage.Document.QuerySelector("form#add-member"));
        Assert.NotNull((await (await app.As(app.Demo.Emails["sam"])).GetAsync(url)).Document.QuerySelector("form#add-member"));

        var token = await maya.TokenAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, (await maya.PostAsync($"{url}?handler=AddMember", [new("__RequestVerificationToken", token), new("staffId", newcomerId.ToString())])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await maya.PostAsync($"{url}?handler=RemoveMember", [new("__RequestVerificationToken", token), new("staffId", samId.ToString())])).StatusCode);

        var sam = await app.As(app.Demo.Emails["sam"]);
        var leadToken = await sam.TokenAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, (await sam.PostAsync($"{url}?handler=RemoveMember", [new("__RequestVerificationToken", leadToken), new("staffId", samId.ToString())])).StatusCode);
        Assert.Equal([samId, await app.UserIdAsync(app.Demo.Emails["maya"])], await TeamAsync(caseId));
    }

    [Fact]
    public async Task Staff_of_another_practice_cannot_be_added()
    {
        var (caseId, _, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Intake, "sam");
        var url = $"/Cases/{caseId}";
        var sam = await app.As(app.Demo.Emails["sam"]);
        var token = await sam.TokenAsync(url);
        var samId = await app.UserIdAsync(app.Demo.Emails["sam"]);

        var foreign = await sam.PostAsync($"{url}?handler=AddMember", [new("__RequestVerificationToken", token), new("staffId", (await app.UserIdAsync(app.Other.Emails["maya"])).ToString())]);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal([samId], await TeamAsync(caseId));

        var mayaId = await app.UserIdAsync(app.Demo.Emails["maya"]);
        var own = await sam.PostAsync($"{url}?handler=AddMember", [new("__RequestVerificationToken", token), new("staffId", mayaId.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        Assert.Equal([samId, mayaId], await TeamAsync(caseId));
    }

    /// <summary>The team, lead first.</summary>
    private Task<List<Guid>> TeamAsync(Guid caseId) =>
        app.InDatabaseAsync(db => db.CaseTeamMembers.Where(t => t.CaseId == caseId).OrderByDescending(t => t.IsLead).Select(t => t.StaffId).ToListAsync());

    private Task<bool> AuditedAsync(AuditCode code, Guid memberId) =>
        app.InDatabaseAsync(db => db.AuditEvents.AnyAsync(e => e.Code == code && e.EntityId == memberId.ToString()));
}

[Collection(SqliteApp.Collection)]
public sealed class CaseTeamTests_Sqlite(SqliteApp app) : CaseTeamTests(app);

[Collection(PostgresApp.Collection)]
public sealed class CaseTeamTests_Postgres(PostgresApp app) : CaseTeamTests(app);
