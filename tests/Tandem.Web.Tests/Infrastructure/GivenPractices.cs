using Microsoft.EntityFrameworkCore;
using Tandem.Core.Integration;
using Tandem.Web.Demo;

namespace Tandem.Web.Tests.Infrastructure;

/// <summary>Practices from the library given to clients in a signed joint integration session of their series.</summary>
public static class GivenPractices
{
    public static async Task<IReadOnlyList<HomePractice>> PracticesGivenAsync(this TandemApp app, SeededPractice practice, SeriesCase series, int count = 2)
    {
        var joint = await app.OnDayAsync(series.First(Core.Treatment.SessionKind.JointIntegration));
        return await app.InDatabaseAsync(async db =>
        {
            var library = await db.HomePractices.Where(p => p.PracticeId == practice.PracticeId && p.IsActive).OrderBy(p => p.SortOrder).Take(count).ToListAsync();
            var now = DateTime.UtcNow;
            var integration = new IntegrationSession
            {
                PracticeId = practice.PracticeId, SeriesSessionId = joint.Id, CaseId = series.CaseId, SharedInsights = "Slow down together.",
                SignedById = await db.Users.Where(u => u.Email == practice.Emails["sam"]).Select(u => u.Id).SingleAsync(), SignedAt = now,
            };
            foreach (var client in new[] { series.A.Id, series.B.Id })
            {
                integration.Practices.AddRange(library.Select(p => new PracticeAssignment
                {
                    PracticeId = practice.PracticeId, IntegrationSessionId = integration.Id, CaseId = series.CaseId, ClientId = client, HomePracticeId = p.Id, AssignedAt = now,
                }));
            }

            db.IntegrationSessions.Add(integration);
            await db.SaveChangesAsync();
            return library;
        });
    }
}
