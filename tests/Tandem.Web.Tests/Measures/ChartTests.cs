using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Cases;
using Tandem.Core.Dosing;
using Tandem.Core.Measures;
using Tandem.Core.Treatment;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Measures;

public abstract class ChartTests(TandemApp app)
{
    private static readonly int[] Improving = [16, 12, 8];
    private static readonly int[] Steady = [9, 8, 7];

    [Fact]
    public async Task The_team_sees_each_persons_scores_charted_with_bands_and_dosing_days_and_change_classified()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        await ScoresAsync(series);
        var page = await (await app.As(app.Demo.Emails["sam"])).GetAsync($"/Cases/{series.CaseId}/Measures");

        var change = page.Document.QuerySelectorAll("#change tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(change, r => r.Contains(series.A.FullName, StringComparison.Ordinal) && r.Contains("PHQ-9", StringComparison.Ordinal)
            && r.Contains("16", StringComparison.Ordinal) && r.Contains("−8", StringComparison.Ordinal) && r.Contains("reliable recovery", StringComparison.Ordinal));
        Assert.Contains(change, r => r.Contains(series.B.FullName, StringComparison.Ordinal) && r.Contains("PHQ-9", StringComparison.Ordinal) && r.Contains("no reliable change", StringComparison.Ordinal));

        var phq = page.Document.QuerySelector("figure[data-instrument='PHQ-9']")!;
        Assert.Equal("PHQ-9 scores over time", phq.QuerySelector("svg title")!.TextContent);
        Assert.Equal(5, phq.QuerySelectorAll("rect.band").Length);
        Assert.Equal(["Minimal", "Mild", "Moderate", "Moderately severe", "Severe"], phq.QuerySelectorAll("text.band-label").Select(t => t.TextContent));
        Assert.Equal(3, phq.QuerySelectorAll("circle").Length);
        Assert.Single(phq.QuerySelectorAll("g.dosing"));
        Assert.Equal(3, phq.QuerySelectorAll("table.chart-data tbody tr").Length);
        Assert.Contains("Moderately severe", phq.QuerySelector("table.chart-data")!.TextContent, StringComparison.Ordinal);
        var couple = page.Document.QuerySelector("figure[data-instrument='CSI-4']")!;
        Assert.Equal(2, couple.QuerySelectorAll("g.line").Length);

        foreach (var outsider in new[] { await app.StaffAsync(app.Demo, Roles.Clinician), app.Other.Emails["sam"], series.B.Email })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync(outsider)).GetAsync($"/Cases/{series.CaseId}/Measures")).Status);
        }
    }

    [Fact]
    public async Task A_partner_sees_only_their_own_lines_until_the_other_chooses_to_show_their_couple_satisfaction()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        await ScoresAsync(series);
        var ari = await app.SignInAsync(series.A.Email);
        var bo = await app.SignInAsync(series.B.Email);

        var before = await ari.GetAsync("/Portal/Measures");
        Assert.Single(before.Document.QuerySelector("figure[data-instrument='CSI-4']")!.QuerySelectorAll("g.line"));
        Assert.DoesNotContain("Bo", before.Document.QuerySelector("figure[data-instrument='CSI-4']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, before.Document.QuerySelector("figure[data-instrument='PHQ-9']")!.QuerySelectorAll("circle").Length);

        Assert.Equal(HttpStatusCode.Redirect, (await bo.SubmitAsync("/Portal/Measures", ".share-scores", [])).StatusCode);
        var after = (await ari.GetAsync("/Portal/Measures")).Document;
        Assert.Equal(2, after.QuerySelector("figure[data-instrument='CSI-4']")!.QuerySelectorAll("g.line").Length);
        Assert.Single(after.QuerySelector("figure[data-instrument='PHQ-9']")!.QuerySelectorAll("g.line"));
        Assert.Single((await bo.GetAsync("/Portal/Measures")).Document.QuerySelector("figure[data-instrument='CSI-4']")!.QuerySelectorAll("g.line"));

        await app.InDatabaseAsync(db => db.Cases.Where(c => c.Id == series.CaseId).ExecuteUpdateAsync(c => c.SetProperty(x => x.Stage, CaseStage.Closed)));
        var closed = (await ari.GetAsync("/Portal/Measures")).Document;
        Assert.Null(closed.QuerySelector("figure[data-instrument='CSI-4']"));
        Assert.Null(closed.QuerySelector(".share-scores"));
    }

    /// <summary>Partner A improves (PHQ-9 16 → 12 → 8), partner B barely moves (9 → 8 → 7); A had one dose.</summary>
    private Task<int> ScoresAsync(SeriesCase series) => app.InDatabaseAsync(async db =>
    {
        var now = DateTime.UtcNow;
        void Add(Guid client, string code, Timepoint timepoint, int daysAgo, int score) => db.QuestionnaireResponses.Add(new QuestionnaireResponse
        {
            PracticeId = app.Demo.PracticeId, ClientId = client, CaseId = series.CaseId, InstrumentCode = code, InstrumentVersion = "1", Timepoint = timepoint,
            DueOn = DateOnly.FromDateTime(now.AddDays(-daysAgo)), SubmittedAt = now.AddDays(-daysAgo), Score = score,
        });
        foreach (var (client, scores) in new[] { (series.A.Id, Improving), (series.B.Id, Steady) })
        {
            Add(client, "PHQ-9", Timepoint.Baseline, 40, scores[0]);
            Add(client, "PHQ-9", Timepoint.BeforeDose(2), 20, scores[1]);
            Add(client, "PHQ-9", Timepoint.EndOfSeries, 2, scores[2]);
            Add(client, "CSI-4", Timepoint.Baseline, 40, 10);
            Add(client, "CSI-4", Timepoint.EndOfSeries, 2, 15);
        }

        var dose = series.First(SessionKind.IndividualJourney, series.A.Id);
        var session = new DosingSession { PracticeId = app.Demo.PracticeId, SeriesSessionId = dose.Id, CaseId = series.CaseId, SignedAt = now.AddDays(-25) };
        session.Records.Add(new DosingRecord { PracticeId = app.Demo.PracticeId, DosingSessionId = session.Id, CaseId = series.CaseId, ClientId = series.A.Id, GivenAt = now.AddDays(-25), DoseMg = 200 });
        db.DosingSessions.Add(session);
        return await db.SaveChangesAsync();
    });
}

[Collection(SqliteApp.Collection)]
public sealed class ChartTests_Sqlite(SqliteApp app) : ChartTests(app);

[Collection(PostgresApp.Collection)]
public sealed class ChartTests_Postgres(PostgresApp app) : ChartTests(app);
