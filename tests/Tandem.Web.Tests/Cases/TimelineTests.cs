using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Cases;

public abstract class TimelineTests(TandemApp app)
{
    [Fact]
    public async Task The_case_timeline_shows_each_session_in_order_with_its_person_and_whether_it_is_done_started_planned_or_cancelled()
    {
        var caseId = app.Demo.Cases["couple"];
        var expected = await app.InDatabaseAsync(async db =>
        {
            var sessions = await db.SeriesSessions.Where(s => s.CaseId == caseId).OrderBy(s => s.Date).ThenBy(s => s.Number)
                .Select(s => new { s.Id, s.Cancelled, s.PersonClientId }).ToListAsync();
            var ids = sessions.Select(s => s.Id).ToList();
            var dosing = await db.DosingSessions.Where(d => ids.Contains(d.SeriesSessionId)).ToDictionaryAsync(d => d.SeriesSessionId, d => d.SignedAt);
            var integration = await db.IntegrationSessions.Where(i => ids.Contains(i.SeriesSessionId)).ToDictionaryAsync(i => i.SeriesSessionId, i => i.SignedAt);
            var names = await db.Clients.Where(c => c.PracticeId == app.Demo.PracticeId).ToDictionaryAsync(c => c.Id, c => c.FirstName);
            return sessions.Select(s =>
            {
                var started = dosing.TryGetValue(s.Id, out var dosed) | integration.TryGetValue(s.Id, out var integrated);
                var state = s.Cancelled ? "cancelled" : dosed is not null || integrated is not null ? "done" : started ? "in-progress" : "planned";
                return (state, Person: s.PersonClientId is { } person ? $"({names[person]})" : null);
            }).ToList();
        });
        Assert.Contains(expected, e => e.state == "done");
        Assert.Contains(expected, e => e.state == "planned");
        Assert.Contains(expected, e => e.Person is not null);

        var page = await (await app.As(app.Demo.Emails["sam"])).GetAsync($"/Cases/{caseId}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var shown = page.Document.QuerySelectorAll("#timeline ol.timeline li").ToList();
        Assert.Equal(expected.Select(e => e.state), shown.Select(li => li.ClassName));
        Assert.All(expected.Zip(shown), pair =>
        {
            if (pair.First.Person is { } person)
            {
                Assert.Contains(person, pair.Second.TextContent, StringComparison.Ordinal);
            }
            else
            {
                Assert.DoesNotContain("(", pair.Second.TextContent.Split('·')[0], StringComparison.Ordinal);
            }
        });
    }
}

[Collection(SqliteApp.Collection)]
public sealed class TimelineTests_Sqlite(SqliteApp app) : TimelineTests(app);

[Collection(PostgresApp.Collection)]
public sealed class TimelineTests_Postgres(PostgresApp app) : TimelineTests(app);
