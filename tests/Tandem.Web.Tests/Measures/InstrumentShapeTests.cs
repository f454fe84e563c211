using Hl7.Fhir.Model;
using Tandem.Core.Measures;
using Tandem.Web.Pages.Measures;
using Tandem.Web.Pages.Reports;
using static Tandem.Web.Tests.Measures.TestInstruments;

namespace Tandem.Web.Tests.Measures;

/// <summary>The chart and the exports read an instrument's range, scoring and cut-off from its definition.</summary>
public sealed class InstrumentShapeTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    [Fact]
    public void A_mean_scored_chart_runs_from_1_to_5_with_no_bands_and_shows_two_decimals()
    {
        var chart = new ScoreChart(MeanScored, [new("Me", [new(Day, 1.25, Timepoint.Baseline), new(Day.AddDays(60), 4.75, Timepoint.EndOfSeries)])], [], Day);

        Assert.Equal(ScoreChart.Height - ScoreChart.Bottom, chart.Y(1), 6);
        Assert.Equal(ScoreChart.Top, chart.Y(5), 6);
        Assert.Equal(["1", "3", "5"], chart.ScoreTicks.Select(ScoreChart.N));
        Assert.Equal("Score (1–5)", chart.AxisLabel);
        Assert.Empty(chart.BandAreas());
        Assert.Equal(("1.25", "—"), (chart.Instrument.Show(1.25), chart.BandLabel(1.25)));
        Assert.Equal("Me: 1.25 on 2 Mar 2026, 4.75 on 1 May 2026", chart.Describe(chart.Lines[0]));
    }

    [Fact]
    public void A_chart_of_totals_from_4_starts_its_axis_and_its_lowest_band_at_4()
    {
        var chart = new ScoreChart(FromFour, [new("Me", [new(Day, 16, Timepoint.Baseline)])], [], Day);

        Assert.Equal(ScoreChart.Height - ScoreChart.Bottom, chart.Y(4), 6);
        Assert.Equal(ScoreChart.Top, chart.Y(20), 6);
        Assert.Equal(["4", "12", "20"], chart.ScoreTicks.Select(ScoreChart.N));
        Assert.Equal("Score (4–20)", chart.AxisLabel);
        var bands = chart.BandAreas().ToList();
        Assert.Equal(["Typical", "Clinical range"], bands.Select(b => b.Band.Label));
        Assert.Equal(ScoreChart.Height - ScoreChart.Bottom, bands[0].Y + bands[0].Height, 6);
        Assert.Equal(ScoreChart.Top, bands[1].Y, 6);
        Assert.Equal("Clinical range", chart.BandLabel(16));
    }

    [Fact]
    public void The_csv_writes_a_mean_to_its_decimals_and_leaves_the_band_empty_when_there_are_none()
    {
        var text = new StringWriter();
        OutcomeCsv.Write(text,
        [
            new OutcomeData.Answered("P-001", 1, BaselineKind.Intake, MeanScored, "1", Timepoint.EndOfSeries, 60, 3.25, 2.5, new Dictionary<int, int>()),
            new OutcomeData.Answered("P-001", 1, BaselineKind.Intake, FromFour, "1", Timepoint.EndOfSeries, 60, 12, 16, new Dictionary<int, int>()),
            new OutcomeData.Answered("P-001", 1, BaselineKind.Intake, Instruments.Phq9, "1", Timepoint.EndOfSeries, 60, 12, 16, new Dictionary<int, int>()),
        ]);

        var rows = text.ToString().Split("\r\n");
        Assert.Equal("P-001,1,intake,TEST-MEAN,1,End of series,60,3.25,", rows[1]);
        Assert.Equal("P-001,1,intake,TEST-FROM4,1,End of series,60,12,Clinical range", rows[2]);
        Assert.Equal("P-001,1,intake,PHQ-9,1,End of series,60,12,Moderate", rows[3]);
    }

    [Fact]
    public void A_total_goes_to_fhir_as_an_integer_and_a_mean_as_a_decimal()
    {
        Assert.Equal(12, Assert.IsType<Integer>(FhirScore.Of(Instruments.Phq9, 12)).Value);
        Assert.Equal(3.25m, Assert.IsType<FhirDecimal>(FhirScore.Of(MeanScored, 3.25)).Value);
        Assert.Equal(3.33m, Assert.IsType<FhirDecimal>(FhirScore.Of(MeanScored, 10.0 / 3)).Value);
    }
}
