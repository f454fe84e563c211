using Tandem.Core.Measures;

namespace Tandem.Core.Tests.Measures;

public sealed class OutcomeReportTests
{
    [Fact]
    public void A_timepoint_is_summarised_as_computed_by_hand()
    {
        // Changes (later − baseline) −8, −2, −16, 0: mean −6.5, SD √(155/3) = 7.1880, d_z = −0.9043;
        // d_av = −6.5 ÷ ((4.7871 + 2.6300) ÷ 2) = −1.7527.
        var outcome = OutcomeReport.Summarise(Instruments.Phq9, Timepoint.EndOfSeries, [new(16, 8), new(12, 10), new(20, 4), new(9, 9)]);

        Assert.Equal(4, outcome.N);
        Assert.Equal(14.25, outcome.BaselineMean, 4);
        Assert.Equal(4.7871, outcome.BaselineSd, 4);
        Assert.Equal(7.75, outcome.Mean, 4);
        Assert.Equal(2.6300, outcome.Sd, 4);
        Assert.Equal(-6.5, outcome.MeanChange, 4);
        Assert.Equal(-0.9043, outcome.Dz, 4);
        Assert.Equal(-1.7527, outcome.Dav, 4);
        Assert.Equal(0.5, outcome.Response!.Value);
        Assert.Equal(0.25, outcome.Remission!.Value);
        Assert.Equal(0.5, outcome.ReliableImprovement!.Value);
        Assert.Equal(0.0, outcome.ReliableDeterioration!.Value);
        Assert.Equal(3, outcome.AtCasenessAtBaseline);
        Assert.Equal(2.0 / 3, outcome.Recovery!.Value, 4);
        Assert.Equal(2.0 / 3, outcome.ReliableRecovery!.Value, 4);
    }

    [Fact]
    public void Remission_is_a_score_below_5_on_PHQ9_or_GAD7_and_an_instrument_without_criteria_is_not_classified()
    {
        var gad = OutcomeReport.Summarise(Instruments.Gad7, Timepoint.EndOfSeries, [new(12, 3), new(8, 9)]);
        Assert.Equal(0.5, gad.Remission!.Value);
        Assert.Equal(0.5, gad.ReliableImprovement!.Value);
        Assert.Equal(0.5, gad.Response!.Value);

        // CSI-4: higher is better, distressed below 13.5, no reliable-change threshold carried.
        var csi = OutcomeReport.Summarise(Instruments.Csi4, Timepoint.EndOfSeries, [new(10, 15), new(12, 12), new(16, 18)]);
        Assert.Null(csi.ReliableImprovement);
        Assert.Null(csi.ReliableRecovery);
        Assert.Null(csi.Response);
        Assert.Equal(2, csi.AtCasenessAtBaseline);
        Assert.Equal(0.5, csi.Recovery!.Value);
        Assert.Equal(7.0 / 3, csi.MeanChange, 4);
        Assert.True(csi.Dz > 0);
        Assert.Null(csi.Remission);
    }

    [Fact]
    public void No_pairs_gives_an_empty_row_not_an_error()
    {
        var none = OutcomeReport.Summarise(Instruments.Phq9, Timepoint.FollowUp(12), []);
        Assert.Equal(0, none.N);
        Assert.True(double.IsNaN(none.Mean));
        Assert.Null(none.Response);
    }
}
