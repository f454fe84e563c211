using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Clients;
using Tandem.Web.Demo;

namespace Tandem.Web.Tests.Infrastructure;

/// <summary>Fresh data for tests that change things, so the shared seeded practices stay as seeded.</summary>
public static class Given
{
    public static async Task<(Guid CaseId, Guid ClientId)> IndividualCaseAsync(
        this TandemApp app, SeededPractice practice, CaseStage stage, params string[] teamKeys)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        return await app.InDatabaseAsync(async db =>
        {
            var team = new List<Guid>();
            foreach (var key in teamKeys)
            {
                var email = practice.Emails[key];
                team.Add(await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
            }

            var client = new Client { PracticeId = practice.PracticeId, FirstName = "Test" + tag, LastName = "Client", Email = $"{tag}@clients.test" };
            var @case = new Case { PracticeId = practice.PracticeId, Name = $"Test{tag} Client", Kind = CaseKind.Individual };
            @case.Open(stage, team[0], "Opened for a test", DateTime.UtcNow);
            @case.Participants.Add(new CaseParticipant { PracticeId = practice.PracticeId, ClientId = client.Id });
            for (var i = 0; i < team.Count; i++)
            {
                @case.Team.Add(new CaseTeamMember { PracticeId = practice.PracticeId, StaffId = team[i], IsLead = i == 0, AddedById = team[0] });
            }

            db.Clients.Add(client);
            db.Cases.Add(@case);
            await db.SaveChangesAsync();
            return (@case.Id, client.Id);
        });
    }

    public static Task<Guid> UserIdAsync(this TandemApp app, string email) =>
        app.InDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
}
