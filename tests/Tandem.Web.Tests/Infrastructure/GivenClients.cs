using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Core.Access;
using Tandem.Core.Cases;
using Tandem.Core.Clients;
using Tandem.Data.Identity;
using Tandem.Web.Demo;

namespace Tandem.Web.Tests.Infrastructure;

public sealed record TestClient(Guid Id, string Email, string FullName);

/// <summary>A fresh couple, each partner with a portal login, so tests that move cases leave the seeded ones alone.</summary>
public static class GivenClients
{
    public static async Task<(Guid CaseId, TestClient A, TestClient B)> CoupleWithLoginsAsync(
        this TandemApp app, SeededPractice practice, CaseStage stage, params string[] teamKeys)
    {
        var a = await app.ClientWithLoginAsync(practice, "Ari");
        var b = await app.ClientWithLoginAsync(practice, "Bo");
        return (await app.CaseOfAsync(practice, stage, [a.Id, b.Id], teamKeys), a, b);
    }

    /// <summary>A new case of existing clients: a couple when two are named, as when a client starts again with someone.</summary>
    public static async Task<Guid> CaseOfAsync(this TandemApp app, SeededPractice practice, CaseStage stage, IReadOnlyList<Guid> clients, params string[] teamKeys) =>
        await app.InDatabaseAsync(async db =>
        {
            var team = new List<Guid>();
            foreach (var key in teamKeys)
            {
                var email = practice.Emails.GetValueOrDefault(key) ?? key;
                team.Add(await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
            }

            var names = await db.Clients.Where(c => clients.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.FirstName + " " + c.LastName);
            var @case = new Case { PracticeId = practice.PracticeId, Name = string.Join(" & ", clients.Select(c => names[c])), Kind = clients.Count == 2 ? CaseKind.Couple : CaseKind.Individual };
            @case.Open(stage, team[0], "Opened for a test", DateTime.UtcNow);
            foreach (var client in clients)
            {
                @case.Participants.Add(new CaseParticipant { PracticeId = practice.PracticeId, ClientId = client });
            }

            for (var i = 0; i < team.Count; i++)
            {
                @case.Team.Add(new CaseTeamMember { PracticeId = practice.PracticeId, StaffId = team[i], IsLead = i == 0, AddedById = team[0] });
            }

            db.Cases.Add(@case);
            await db.SaveChangesAsync();
            return @case.Id;
        });

    public static async Task<string> StaffAsync(this TandemApp app, SeededPractice practice, params string[] roles)
    {
        var email = $"staff-{Guid.NewGuid():N}@{practice.PracticeId:N}.test";
        await app.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<TandemUser>>();
            var user = new TandemUser { UserName = email, Email = email, DisplayName = "Dr. Test " + email[6..10], PracticeId = practice.PracticeId };
            Check(await users.CreateAsync(user, DemoPractice.Password));
            foreach (var role in roles)
            {
                Check(await users.AddToRoleAsync(user, role));
            }
        });
        return email;
    }

    public static async Task<TestClient> ClientWithLoginAsync(this TandemApp app, SeededPractice practice, string first)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var email = $"{first.ToLowerInvariant()}-{tag}@clients.test";
        var last = "Tester" + tag;
        Guid id = Guid.Empty;
        await app.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<TandemUser>>();
            var user = new TandemUser { UserName = email, Email = email, DisplayName = $"{first} {last}", PracticeId = practice.PracticeId };
            Check(await users.CreateAsync(user, DemoPractice.Password));
            Check(await users.AddToRoleAsync(user, Roles.Client));
            var db = services.GetRequiredService<Tandem.Data.TandemDbContext>();
            var client = new Client { PracticeId = practice.PracticeId, FirstName = first, LastName = last, Email = email, UserId = user.Id };
            db.Clients.Add(client);
            await db.SaveChangesAsync();
            id = client.Id;
        });
        return new TestClient(id, email, $"{first} {last}");
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
