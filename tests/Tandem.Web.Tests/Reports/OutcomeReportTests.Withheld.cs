using Tandem.Core.Measures;
using Tandem.Web.Tests.Infrastructure;
using Task = System.Threading.Tasks.Task;

namespace Tandem.Web.Tests.Reports;

/// <summary>What the page withholds beyond the small cells themselves, and what it states about its columns.</summary>
public abstract partial class OutcomeReportTests
{
    [Fact]
    public async Task A_share_of_a_withheld_count_is_withheld_too_since_its_percentage_would_give_the_count_away()
    {
        // Twelve courses, ten of them at caseness (withheld: the other two are a small cell); five of the ten recover.
        // "50%" with n = 12 would mean ten at caseness, since a shown share of nine or eleven cannot be 50%.
        var practice = await app.OwnPracticeAsync();
        await ClientsThreeYearsAgoAsync(practice, (20, 4), (19, 4), (18, 4), (17, 4), (16, 4), (15, 15), (14, 14), (13, 13), (12, 12), (11, 11), (8, 4), (7, 4));
        var maya = await app.As(practice.Emails["maya"]);

        var page = await maya.GetAsync($"/Reports/Outcomes?From={Day(-3 * 365 - 1)}&To={Day(-3 * 365 + 1)}");

        var cells = page.Document.QuerySelector("section[data-instrument='PHQ-9'] tr[data-timepoint='End of series']")!.QuerySelectorAll("td").Select(c => c.TextContent).ToList();
        Assert.Equal("12", cells[0]);
        Assert.Equal("50%", cells[6]);
        Assert.Equal(["withheld", "withheld"], cells[10..12]);
    }

    [Fact]
    public async Task Each_table_says_which_direction_is_better_and_the_smallest_whole_point_change_that_is_reliable()
    {
        var practice = await app.OwnPracticeAsync();
        await MinimumCellAsync(practice, 3);
        await ThreeClientsThreeYearsAgoAsync(practice);
        await app.InDatabaseAsync(db =>
        {
            // Jacobson & Truax: 1.96 × √2 × 5 × √0.1 = 4.38 points, so a CSI-4 total must move by 5.
            db.MeasureReferences.Add(new MeasureReference { PracticeId = practice.PracticeId, InstrumentCode = Instruments.Csi4.Code, StandardDeviation = 5, Reliability = 0.9, Source = "a test" });
            return db.SaveChangesAsync();
        });

        var page = await (await app.As(practice.Emails["maya"])).GetAsync($"/Reports/Outcomes?From={Day(-3 * 365 - 1)}&To={Day(-3 * 365 + 1)}");

        var csi = page.Document.QuerySelector("section[data-instrument='CSI-4']")!;
        Assert.Contains("Higher scores are better: improvement shows as a positive change", csi.QuerySelector("#direction-CSI-4")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("A change of 5 points or more is reliable.", csi.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("4.4 points", csi.TextContent, StringComparison.Ordinal);
        Assert.Equal("4.0", csi.QuerySelector("tr[data-timepoint='End of series']")!.QuerySelectorAll("td")[3].TextContent);
        var phq = page.Document.QuerySelector("#direction-PHQ-9")!.TextContent;
        Assert.Contains("Lower scores are better: improvement shows as a negative change", phq, StringComparison.Ordinal);
        Assert.Contains("A change of 6 points or more is reliable.", phq, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_states_the_definitions_behind_its_columns()
    {
        var practice = await app.OwnPracticeAsync();

        var page = await (await app.As(practice.Emails["maya"])).GetAsync("/Reports/Outcomes");

        var definitions = string.Join(' ', page.Document.QuerySelector("#definitions")!.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("n is the number of courses with a baseline and a score at that timepoint", definitions, StringComparison.Ordinal);
        Assert.Contains("its first answer there on or after its baseline", definitions, StringComparison.Ordinal);
        Assert.Contains("7 days after the last dosing session", definitions, StringComparison.Ordinal);
        Assert.Contains("sample standard deviations (n − 1)", definitions, StringComparison.Ordinal);
        Assert.Contains("only for instruments where lower scores are better", definitions, StringComparison.Ordinal);
        Assert.Contains("shares of n", definitions, StringComparison.Ordinal);
        Assert.Contains("A dash (—) marks a figure that does not apply to the instrument or cannot be computed", definitions, StringComparison.Ordinal);
    }
}
