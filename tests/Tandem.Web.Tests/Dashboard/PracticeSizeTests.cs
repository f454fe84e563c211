using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Measures;
using Tandem.Web.Demo;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Dashboard;

/// <summary>
/// Pages sized for the work, not for the practice: the dashboard shows a few of my cases per stage and counts the rest;
/// the case list and the overdue list page through everything, and the dashboard's SQL does not grow with the practice.
/// </summary>
public abstract class PracticeSizeTests(TandemApp app)
{
    [Fact]
    public async Task The_dashboard_shows_a_few_of_my_cases_per_stage_counts_the_practice_and_the_case_list_pages_through_the_rest()
    {
        var practice = await app.OwnPracticeAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var mine = await CasesAsync(practice, 23, CaseStage.Preparation, "sam", $"Mine {tag}");
        var theirs = await CasesAsync(practice, 7, CaseStage.Preparation, "maya", $"Theirs {tag}");
        var sam = await app.SignInAsync(practice.Emails["sam"]);

        var dashboard = await sam.GetAsync("/Dashboard");
        var preparation = dashboard.Document.QuerySelector("#stage-Preparation")!.Closest("section")!;
        var shown = CaseLinks(preparation);
        Assert.Equal(Dashboard.CasesPerStage, shown.Count(mine.Contains));
        Assert.DoesNotContain(shown, theirs.Contains);
        var (all, minePrepared) = await app.InDatabaseAsync(async db =>
        {
            var samId = await db.Users.Where(u => u.Email == practice.Emails["sam"]).Select(u => u.Id).SingleAsync();
            return (await db.Cases.CountAsync(c => c.PracticeId == practice.PracticeId && c.Stage == CaseStage.Preparation),
                await db.Cases.CountAsync(c => c.PracticeId == practice.PracticeId && c.Stage == CaseStage.Preparation && c.Team.Any(t => t.StaffId == samId)));
        });
        var counts = dashboard.Document.QuerySelector("#practice-stages tr[data-stage='Preparation']")!;
        Assert.Equal(all.ToString(System.Globalization.CultureInfo.InvariantCulture), counts.QuerySelector("td.all")!.TextContent.Trim());
        Assert.Equal(minePrepared.ToString(System.Globalization.CultureInfo.InvariantCulture), counts.QuerySelector("td.mine")!.TextContent.Trim());

        var listed = new List<Guid>();
        for (var number = 1; ; number++)
        {
            var page = await sam.GetAsync($"/Cases?stage=Preparation&p={number}");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            var rows = CaseLinks(page.Document.QuerySelector("#cases")!);
            Assert.InRange(rows.Count, 0, Pages.Cases.IndexModel.PageSize);
            listed.AddRange(rows);
            if (page.Document.QuerySelector("a[rel=next]") is null)
            {
                break;
            }
        }

        Assert.Equal(all, listed.Count);
        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.Subset(listed.ToHashSet(), mine.Concat(theirs).ToHashSet());

        var onlyMine = CaseLinks((await sam.GetAsync($"/Cases?stage=Preparation&mine=true&q=mine+{tag}")).Document.QuerySelector("#cases")!);
        Assert.Equal(Math.Min(mine.Count, Pages.Cases.IndexModel.PageSize), onlyMine.Count);
        Assert.All(onlyMine, id => Assert.Contains(id, mine));
        var searched = CaseLinks((await sam.GetAsync($"/Cases?q=THEIRS+{tag.ToUpperInvariant()}")).Document.QuerySelector("#cases")!);
        Assert.Equal(theirs.Order(), searched.Order());
    }

    [Fact]
    public async Task The_dashboard_sends_the_same_sql_for_a_small_practice_and_a_larger_one()
    {
        var practice = await app.OwnPracticeAsync();
        var sam = await app.SignInAsync(practice.Emails["sam"]);
        await sam.GetAsync("/Dashboard");
        app.Sql.Reset();
        await sam.GetAsync("/Dashboard");
        var small = app.Sql.Count;

        foreach (var stage in new[] { CaseStage.Intake, CaseStage.Preparation, CaseStage.DosingSeries, CaseStage.Closed })
        {
            await CasesAsync(practice, 15, stage, "sam", "Grown");
            await CasesAsync(practice, 15, stage, "maya", "Grown");
        }

        app.Sql.Reset();
        await sam.GetAsync("/Dashboard");
        Assert.Equal(small, app.Sql.Count);
    }

    [Fact]
    public async Task Overdue_questionnaires_of_closed_cases_leave_the_dashboard_and_the_rest_page_through_a_list()
    {
        var practice = await app.OwnPracticeAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var open = await CasesAsync(practice, 14, CaseStage.DosingSeries, "sam", $"Open {tag}", withClient: true);
        var closed = await CasesAsync(practice, 3, CaseStage.Closed, "sam", $"Closed {tag}", withClient: true);
        await app.InDatabaseAsync(async db =>
        {
            var due = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(-30);
            var participants = await db.CaseParticipants.Where(p => open.Contains(p.CaseId) || closed.Contains(p.CaseId)).ToListAsync();
            db.QuestionnaireResponses.AddRange(participants.Select(p => new QuestionnaireResponse
            {
                PracticeId = practice.PracticeId, ClientId = p.ClientId, CaseId = p.CaseId, InstrumentCode = "PHQ-9", InstrumentVersion = "1",
                Timepoint = Timepoint.BeforeDose(2), DueOn = due,
            }));
            return await db.SaveChangesAsync();
        });
        var sam = await app.SignInAsync(practice.Emails["sam"]);

        var overdue = (await sam.GetAsync("/Dashboard")).Document.QuerySelector("#overdue-questionnaires")!;
        Assert.Equal(Dashboard.OverdueShown, CaseLinks(overdue).Count);
        Assert.DoesNotContain(CaseLinks(overdue), closed.Contains);
        var expected = await app.InDatabaseAsync(async db =>
        {
            var samId = await db.Users.Where(u => u.Email == practice.Emails["sam"]).Select(u => u.Id).SingleAsync();
            var late = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(-MeasurementSchedule.OverdueAfterDays);
            return await db.QuestionnaireResponses.CountAsync(r => r.PracticeId == practice.PracticeId && r.SubmittedAt == null && r.DueOn < late
                && db.Cases.Any(c => c.Id == r.CaseId && c.Stage != CaseStage.Closed && c.Stage != CaseStage.Withdrawn && c.Team.Any(t => t.StaffId == samId)));
        });
        Assert.Contains($"{expected} overdue", overdue.TextContent, StringComparison.Ordinal);

        var listed = new List<Guid>();
        for (var number = 1; ; number++)
        {
            var page = await sam.GetAsync($"/Dashboard/Overdue?p={number}");
            listed.AddRange(CaseLinks(page.Document.QuerySelector("#overdue")!));
            if (page.Document.QuerySelector("a[rel=next]") is null)
            {
                break;
            }
        }

        Assert.Superset(open.ToHashSet(), listed.ToHashSet());
        Assert.DoesNotContain(listed, closed.Contains);
    }

    private static class Dashboard
    {
        public const int CasesPerStage = Pages.Dashboard.IndexModel.CasesPerStage;
        public const int OverdueShown = Pages.Dashboard.IndexModel.OverdueShown;
    }

    private static List<Guid> CaseLinks(AngleSharp.Dom.IElement within) =>
        [.. within.QuerySelectorAll("a[href^='/Cases/']").Select(a => a.GetAttribute("href")!["/Cases/".Length..])
            .Where(id => Guid.TryParse(id, out _)).Select(Guid.Parse)];

    /// <summary>Cases straight into the database, named "{prefix} 01"…, each led by the given staff member.</summary>
    private Task<List<Guid>> CasesAsync(SeededPractice practice, int count, CaseStage stage, string lead, string prefix, bool withClient = false) =>
        app.InDatabaseAsync(async db =>
        {
            var leadId = await db.Users.Where(u => u.Email == practice.Emails[lead]).Select(u => u.Id).SingleAsync();
            var ids = new List<Guid>();
            for (var i = 1; i <= count; i++)
            {
                var @case = new Case { PracticeId = practice.PracticeId, Name = $"{prefix} {i:00}", Kind = CaseKind.Individual };
                @case.Open(stage, leadId, "Opened for a test", DateTime.UtcNow);
                @case.Team.Add(new CaseTeamMember { PracticeId = practice.PracticeId, StaffId = leadId, IsLead = true, AddedById = leadId });
                if (withClient)
                {
                    var client = new Core.Clients.Client { PracticeId = practice.PracticeId, FirstName = prefix, LastName = $"{i:00}", Email = $"{Guid.NewGuid():N}@clients.test" };
                    db.Clients.Add(client);
                    @case.Participants.Add(new CaseParticipant { PracticeId = practice.PracticeId, ClientId = client.Id });
                }

                db.Cases.Add(@case);
                ids.Add(@case.Id);
            }

            await db.SaveChangesAsync();
            return ids;
        });
}

[Collection(SqliteApp.Collection)]
public sealed class PracticeSizeTests_Sqlite(SqliteApp app) : PracticeSizeTests(app);

[Collection(PostgresApp.Collection)]
public sealed class PracticeSizeTests_Postgres(PostgresApp app) : PracticeSizeTests(app);
