using Tandem.Core.Cases;
using Tandem.Core.Measures;
using static Tandem.Core.Tests.Measures.TestInstruments;

namespace Tandem.Core.Tests.Measures;

/// <summary>
/// Instruments that do not look like PHQ-9: a mean score with no caseness cut-off, and totals that start above 0. Expected
/// values are worked out by hand here, not read from the definitions.
/// </summary>
public sealed class InstrumentShapeTests
{
    [Theory]
    [InlineData(new[] { 1, 2, 4, 5 }, 3.0, "3.00")]
    [InlineData(new[] { 1, 1, 1, 2 }, 1.25, "1.25")]
    [InlineData(new[] { 5, 5, 4, 5 }, 4.75, "4.75")]
    [InlineData(new[] { 1, 1, 1, 1 }, 1.0, "1.00")]
    public void A_mean_scored_instrument_scores_the_mean_of_its_items_shown_to_two_decimals(int[] answers, double score, string shown)
    {
        Assert.Equal(score, MeanScored.Score(Answers(answers)), 10);
        Assert.Equal(shown, MeanScored.Show(MeanScored.Score(Answers(answers))));
        Assert.Equal((1.0, 5.0), (MeanScored.MinimumScore, MeanScored.MaximumScore));
        Assert.Equal("−0.50", MeanScored.ShowChange(-0.5));
        Assert.Null(MeanScored.BandOf(3.0));
    }

    [Fact]
    public void Without_a_cut_off_nobody_is_at_caseness_so_recovery_does_not_apply()
    {
        var criteria = MeanScored.Change!;
        Assert.Null(criteria.IsCase(1.0));
        Assert.Null(criteria.Caseness);

        // Two courses, 2.00 → 3.50 and 3.00 → 3.25: mean change (1.50 + 0.25) ÷ 2 = 0.875.
        var outcome = OutcomeReport.Summarise(MeanScored, Timepoint.EndOfSeries, [new(2.0, 3.5), new(3.0, 3.25)]);
        Assert.Equal(2, outcome.N);
        Assert.Equal(0.875, outcome.MeanChange, 4);
        Assert.Null(outcome.AtCasenessAtBaseline);
        Assert.Null(outcome.Recovery);
        Assert.Null(outcome.ReliableRecovery);
        Assert.Null(outcome.Response);
        Assert.Null(outcome.Remission);
    }

    [Fact]
    public void A_mean_scored_reliable_change_rounds_up_to_the_quarter_points_a_mean_of_four_items_moves_by()
    {
        // SD 0.6, r 0.90: 1.96 × √2 × 0.6 × √0.10 = 0.5259, so the smallest reliable change of a mean of four items is 0.75.
        var entered = MeanScored.With(new ReferenceValues(0.6, 0.90, "hand"));
        Assert.Equal(0.75, entered.SmallestReliableChange!.Value, 10);
        Assert.Equal(ChangeLabel.ReliableImprovement, ReliableChange.Classify(entered.Change!, 2.0, 3.0));
        Assert.Equal(ChangeLabel.NoReliableChange, ReliableChange.Classify(entered.Change!, 3.0, 3.5));
        Assert.Equal(ChangeLabel.ReliableDeterioration, ReliableChange.Classify(entered.Change!, 3.0, 2.25));

        var outcome = OutcomeReport.Summarise(entered, Timepoint.EndOfSeries, [new(2.0, 3.5), new(3.0, 3.25)]);
        Assert.Equal(0.5, outcome.ReliableImprovement!.Value);
        Assert.Null(outcome.ReliableRecovery);
    }

    [Theory]
    [InlineData(new[] { 1, 1, 1, 1 }, 4, "Typical")]
    [InlineData(new[] { 3, 3, 3, 2 }, 11, "Typical")]
    [InlineData(new[] { 3, 3, 3, 3 }, 12, "Clinical range")]
    [InlineData(new[] { 5, 5, 5, 5 }, 20, "Clinical range")]
    public void Totals_that_start_at_4_are_scored_and_banded_from_4(int[] answers, int total, string band)
    {
        Assert.Equal(total, FromFour.Score(Answers(answers)));
        Assert.Equal(band, FromFour.BandOf(total)!.Label);
        Assert.Equal((4.0, 20.0), (FromFour.MinimumScore, FromFour.MaximumScore));
        Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), FromFour.Show(total));
    }

    [Fact]
    public void Response_is_not_counted_where_scores_start_above_0_since_half_of_a_total_is_not_half_the_way_to_the_floor()
    {
        // 16 → 8 would be a "drop of half"; on a 4–20 scale it is two thirds of the way to the floor, so response does not apply.
        var outcome = OutcomeReport.Summarise(FromFour, Timepoint.EndOfSeries, [new(16, 8), new(12, 6)]);
        Assert.Null(outcome.Response);
        Assert.Equal(2, outcome.AtCasenessAtBaseline);
        Assert.Equal(1.0, outcome.Recovery!.Value);
        Assert.Equal("12 or more", FromFour.Change!.Caseness);
    }

    [Fact]
    public void The_shipped_instruments_keep_their_shape()
    {
        Assert.Equal(("10 or more", "8 or more", "below 13.5"), (Instruments.Phq9.Change!.Caseness, Instruments.Gad7.Change!.Caseness, Instruments.Csi4.Change!.Caseness));
        Assert.Equal(("12", "+3", "−3", "0"), (Instruments.Phq9.Show(12), Instruments.Phq9.ShowChange(3), Instruments.Phq9.ShowChange(-3), Instruments.Phq9.ShowChange(0)));
        Assert.All(Instruments.All, i => Assert.Equal(Scoring.Sum, i.Scoring));
        Assert.Equal(["PHQ-9", "GAD-7"], Instruments.For(CaseKind.Individual).Select(i => i.Code));
        Assert.Equal(["PHQ-9", "GAD-7", "CSI-4"], Instruments.For(CaseKind.Couple).Select(i => i.Code));
        Assert.True(ReliableChange.HasRemission(Instruments.Gad7));
        Assert.False(ReliableChange.HasRemission(Instruments.Csi4));
    }
}
