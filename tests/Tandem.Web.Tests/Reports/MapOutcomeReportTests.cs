using System.Globalization;
using System.Net;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Core.Cases;
using Tandem.Core.RippleMap;
using Tandem.Core.Sharing;
using Tandem.Core.Treatment;
using Tandem.Web.Demo;
using Tandem.Web.Tests.Infrastructure;
using Task = System.Threading.Tasks.Task;

namespace Tandem.Web.Tests.Reports;

/// <summary>Issue 17, item 6: the report's ripple rows, from maps shared with the team, de-identified and with the minimum cell size.</summary>
public abstract class MapOutcomeReportTests(TandemApp app)
{
    private static readonly JsonSerializerOptions Fhir = new JsonSerializerOptions().ForFhir();
    private const string Secret = "Mia-the-label";

    private sealed record P(Guid Id, Relationship Relationship, Ring Ring, int Closeness);

    [Fact]
    public async Task The_demo_report_shows_ripple_rows_from_the_couple_Tom_and_four_past_courses()
    {
        var practice = await app.OwnPracticeAsync();
        var sam = await app.As(practice.Emails["sam"]);

        var page = await sam.GetAsync("/Reports/Outcomes");

        string[] Row(string timepoint) => [.. page.Document.QuerySelector($"#ripple tr[data-timepoint='{timepoint}']")!.QuerySelectorAll("td").Select(c => c.TextContent.Trim())];
        Assert.Equal("7", Row("Baseline")[0]);
        // Three months: Tom 6 people, 3 inside; Nadia 5 and 2; Owen 5 and 2; Grace 5 and 2; Marco 4 and 3.
        Assert.Equal(["5", "5.0", "2.4"], Row("3 months after the series")[..3]);
        Assert.Equal("fewer than 5", Row("12 months after the series")[0]);
    }

    [Fact]
    public async Task The_ripple_rows_count_shared_maps_per_timepoint_and_a_map_kept_to_myself_never_reaches_them()
    {
        var practice = await app.OwnPracticeAsync();
        await MinimumCellAsync(practice, 3);
        await ThreeSharedCoursesAsync(practice);
        // A fourth client, with five people in the inner circle, kept both maps "only me".
        var crowd = Enumerable.Range(0, 5).Select(_ => new P(Guid.NewGuid(), Relationship.Friend, Ring.Inner, 7)).ToArray();
        var (_, hidden) = await CourseAsync(practice, crowd, crowd, shared: false);
        var maya = await app.As(practice.Emails["maya"]);
        var url = $"/Reports/Outcomes?From={Day(-3 * 365 - 10)}&To={Day(-3 * 365 + 10)}";

        var page = await maya.GetAsync(url);

        string[] Row(string timepoint) => [.. page.Document.QuerySelector($"#ripple tr[data-timepoint='{timepoint}']")!.QuerySelectorAll("td").Select(c => c.TextContent.Trim())];
        // Baseline: each has one person inside; family means 4.5, 6 and 6 give 5.5; friends 3, 5 and 5 give 4.3.
        Assert.Equal(["3", "2.3", "1.0", "5.5", "4.3", "—", "—", "—", "—", "—", "—"], Row("Baseline"));
        // Three months: family 6, 4 and 4; friends and work each from fewer than 3 clients; 1 and 2 of 6 people moved.
        Assert.Equal(["3", "2.3", "0.7", "4.7", "fewer than 3", "fewer than 3", "—", "fewer than 3", "fewer than 3", "0.3", "0.3"], Row("3 months after the series"));
        Assert.Equal("0", Row("End of series")[0]);

        var csv = (await maya.GetAsync(url + "&handler=MapCsv")).Html;
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("client,course,timepoint,days_since_baseline,people,inner_circle,closeness_family,closeness_friends,closeness_work,closeness_community,moved_inward,moved_outward,added,lost", lines[0]);
        Assert.Equal(1 + 3 * 2, lines.Length);
        Assert.Contains(lines, l => l.EndsWith(",1,3 months after the series,90,3,2,6,,2,,1,0,1,1", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith(",1,Baseline,0,3,1,4.5,3,,,,,,", StringComparison.Ordinal));
        Assert.DoesNotContain(Secret, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(Pseudonym(practice, hidden), csv, StringComparison.Ordinal);

        var json = (await maya.GetAsync(url + "&handler=MapFhir")).Html;
        Assert.DoesNotContain(Secret, json, StringComparison.Ordinal);
        Assert.DoesNotContain(Pseudonym(practice, hidden), json, StringComparison.Ordinal);
        var bundle = JsonSerializer.Deserialize<Bundle>(json, Fhir)!;
        var maps = bundle.Entry.Select(e => e.Resource).OfType<Observation>().ToList();
        Assert.Equal(6, maps.Count);
        Assert.Contains(maps, o => Component(o, "inner-circle") is Integer { Value: 2 } && Component(o, "days-since-baseline") is Quantity { Value: 90 }
            && Component(o, "moved-inward") is Integer { Value: 1 } && Component(o, "closeness-family") is Quantity { Value: 6 });
        Assert.Empty(FhirChecks.Errors(bundle));
        maps[0].Status = null;
        maps[0].Code = null!;
        Assert.NotEmpty(FhirChecks.Errors(bundle));
    }

    [Fact]
    public async Task Fewer_mapped_clients_than_the_minimum_show_fewer_than_and_export_no_map_rows()
    {
        var practice = await app.OwnPracticeAsync();
        await ThreeSharedCoursesAsync(practice);
        var maya = await app.As(practice.Emails["maya"]);
        var url = $"/Reports/Outcomes?From={Day(-3 * 365 - 10)}&To={Day(-3 * 365 + 10)}";

        var baseline = (await maya.GetAsync(url)).Document.QuerySelector("#ripple tr[data-timepoint='Baseline']")!;
        Assert.Equal("fewer than 5", baseline.QuerySelector("td")!.TextContent);
        Assert.DoesNotMatch(@"\d\.\d", baseline.TextContent);
        foreach (var handler in new[] { "MapCsv", "MapFhir" })
        {
            var refused = await maya.GetAsync($"{url}&handler={handler}");
            Assert.Equal(HttpStatusCode.OK, refused.Status);
            Assert.Contains("This range has fewer than 5 clients with maps, so their rows are not exported", refused.Text, StringComparison.Ordinal);
        }
    }

    private static DataType? Component(Observation o, string code) => o.Component.SingleOrDefault(c => c.Code.Coding[0].Code == code)?.Value;

    /// <summary>
    /// Core's hand-worked clients A and B, and B again as C, each with a baseline map three years ago and a map 90 days later.
    /// A: partner 5 inner, child 4 middle, friend 3 outer; later partner 6, child 6 inner, friend gone, a colleague 2 outer.
    /// B and C: sibling 6 inner, friend 5 middle; later the sibling 4 in the middle.
    /// </summary>
    private async Task ThreeSharedCoursesAsync(SeededPractice practice)
    {
        var (mia, leo, sam, ana) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await CourseAsync(practice,
            [new(mia, Relationship.Partner, Ring.Inner, 5), new(leo, Relationship.Child, Ring.Middle, 4), new(sam, Relationship.Friend, Ring.Outer, 3)],
            [new(mia, Relationship.Partner, Ring.Inner, 6), new(leo, Relationship.Child, Ring.Inner, 6), new(ana, Relationship.Colleague, Ring.Outer, 2)]);
        for (var i = 0; i < 2; i++)
        {
            var (jo, kit) = (Guid.NewGuid(), Guid.NewGuid());
            await CourseAsync(practice,
                [new(jo, Relationship.Sibling, Ring.Inner, 6), new(kit, Relationship.Friend, Ring.Middle, 5)],
                [new(jo, Relationship.Sibling, Ring.Middle, 4), new(kit, Relationship.Friend, Ring.Middle, 5)]);
        }
    }

    /// <summary>A client's series with its baseline and three-month maps drawn for the schedule, each shared with the team or kept to themselves.</summary>
    private async Task<(Guid CaseId, Guid ClientId)> CourseAsync(SeededPractice practice, P[] baseline, P[] threeMonths, bool shared = true)
    {
        var (caseId, client) = await app.IndividualCaseAsync(practice, CaseStage.FollowUp, "maya");
        var drawn = app.Clock.GetUtcNow().UtcDateTime.AddDays(-3 * 365);
        await app.InDatabaseAsync(db =>
        {
            var series = new DosingSeries { PracticeId = practice.PracticeId, CaseId = caseId, Kind = CaseKind.Individual, DosesPerPerson = 3, StartDate = DateOnly.FromDateTime(drawn) };
            db.Series.Add(series);
            foreach (var (timepoint, people, at) in new[] { (MapTimepoint.Baseline, baseline, drawn), (MapTimepoint.ThreeMonths, threeMonths, drawn.AddDays(90)) })
            {
                var snapshot = new MapSnapshot { PracticeId = practice.PracticeId, ClientId = client, DrawnAt = at };
                snapshot.People.AddRange(people.Select(p => new MapPerson
                {
                    PracticeId = practice.PracticeId, PersonId = p.Id, Label = Secret, Relationship = p.Relationship, Ring = p.Ring, Closeness = p.Closeness, Feeling = Feeling.Supportive,
                }));
                db.MapSnapshots.Add(snapshot);
                db.ScheduledMaps.Add(new ScheduledMap
                {
                    PracticeId = practice.PracticeId, ClientId = client, CaseId = caseId, SeriesId = series.Id, Timepoint = timepoint, DueOn = DateOnly.FromDateTime(at), SnapshotId = snapshot.Id,
                });
                if (shared)
                {
                    db.Shares.Add(new Share
                    {
                        PracticeId = practice.PracticeId, OwnerClientId = client, Kind = MaterialKind.MapSnapshot, ItemId = snapshot.Id, CaseId = caseId,
                        Audience = Visibility.MeAndMyClinician, SharedAt = at,
                    });
                }
            }

            return db.SaveChangesAsync();
        });
        return (caseId, client);
    }

    private string Pseudonym(SeededPractice practice, Guid client) =>
        Core.Measures.Pseudonym.Of(app.Services.GetRequiredService<Web.Pages.Reports.PseudonymKey>().Value, practice.PracticeId, client);

    private Task<int> MinimumCellAsync(SeededPractice practice, int minimum) =>
        app.InDatabaseAsync(db => db.Practices.Where(p => p.Id == practice.PracticeId).ExecuteUpdateAsync(u => u.SetProperty(p => p.MinimumCellSize, minimum)));

    private string Day(int offset) => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime.AddDays(offset)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

[Collection(SqliteApp.Collection)]
public sealed class MapOutcomeReportTests_Sqlite(SqliteApp app) : MapOutcomeReportTests(app);

[Collection(PostgresApp.Collection)]
public sealed class MapOutcomeReportTests_Postgres(PostgresApp app) : MapOutcomeReportTests(app);
