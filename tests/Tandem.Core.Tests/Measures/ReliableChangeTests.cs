using Tandem.Core.Measures;

namespace Tandem.Core.Tests.Measures;

/// <summary>Hand-checked against NHS Talking Therapies' rules: PHQ-9 reliable change 6, caseness 10+; GAD-7 4 and 8+.</summary>
public sealed class ReliableChangeTests
{
    [Theory]
    [InlineData(16, 9, ChangeLabel.ReliableRecovery)]
    [InlineData(12, 9, ChangeLabel.Recovery)]
    [InlineData(20, 14, ChangeLabel.ReliableImprovement)]
    [InlineData(20, 15, ChangeLabel.NoReliableChange)]
    [InlineData(8, 14, ChangeLabel.ReliableDeterioration)]
    [InlineData(8, 13, ChangeLabel.NoReliableChange)]
    [InlineData(9, 3, ChangeLabel.ReliableImprovement)]
    [InlineData(10, 10, ChangeLabel.NoReliableChange)]
    public void Phq9(int baseline, int latest, ChangeLabel expected) =>
        Assert.Equal(expected, ReliableChange.Classify(Instruments.Phq9.Change!, baseline, latest));

    [Theory]
    [InlineData(10, 6, ChangeLabel.ReliableRecovery)]
    [InlineData(8, 7, ChangeLabel.Recovery)]
    [InlineData(15, 11, ChangeLabel.ReliableImprovement)]
    [InlineData(7, 11, ChangeLabel.ReliableDeterioration)]
    [InlineData(7, 10, ChangeLabel.NoReliableChange)]
    public void Gad7(int baseline, int latest, ChangeLabel expected) =>
        Assert.Equal(expected, ReliableChange.Classify(Instruments.Gad7.Change!, baseline, latest));

    [Theory]
    [InlineData(20, 10, true)]
    [InlineData(20, 11, false)]
    [InlineData(0, 0, false)]
    public void Response_is_a_drop_of_at_least_half(int baseline, int latest, bool response) =>
        Assert.Equal(response, ReliableChange.IsResponse(baseline, latest));

    [Theory]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void Remission_is_phq9_below_5(int latest, bool remission) =>
        Assert.Equal(remission, ReliableChange.IsRemission(Instruments.Phq9, latest));

    [Fact]
    public void Jacobson_Truax_reliable_change_matches_the_hand_calculation()
    {
        // SD 5, r 0.90: SE = 5 × √0.10 = 1.5811; S_diff = √2 × 1.5811 = 2.2361; 1.96 × 2.2361 = 4.3827.
        Assert.Equal(4.3827, new ReferenceValues(5, 0.90, "hand").ReliableChange, 4);
        // SD 4, r 0.75: SE = 2; S_diff = 2.8284; × 1.96 = 5.5437.
        Assert.Equal(5.5437, new ReferenceValues(4, 0.75, "hand").ReliableChange, 4);
    }

    [Theory]
    [InlineData(10, 15, ChangeLabel.ReliableRecovery)]
    [InlineData(10, 14, ChangeLabel.Recovery)]
    [InlineData(15, 20, ChangeLabel.ReliableImprovement)]
    [InlineData(16, 11, ChangeLabel.ReliableDeterioration)]
    [InlineData(16, 12, ChangeLabel.NoReliableChange)]
    [InlineData(5, 9, ChangeLabel.NoReliableChange)]
    public void Csi4_higher_is_better_with_a_threshold_from_reference_values(int baseline, int latest, ChangeLabel expected)
    {
        // Threshold 4.38 (SD 5, r 0.90); distressed below 13.5.
        var csi4 = Instruments.Csi4.With(new ReferenceValues(5, 0.90, "hand"));
        Assert.Equal(expected, ReliableChange.Classify(csi4.Change!, baseline, latest));
    }

    [Fact]
    public void Without_reference_values_csi4_change_is_not_classified_and_fixed_thresholds_are_never_replaced()
    {
        Assert.Null(ReliableChange.Classify(Instruments.Csi4.Change!, 10, 20));
        Assert.True(Instruments.Csi4.TakesReferenceValues);
        Assert.False(Instruments.Phq9.TakesReferenceValues);
        Assert.Equal(6, Instruments.Phq9.With(new ReferenceValues(1, 0.99, "hand")).Change!.ReliableChange);
        var entered = Instruments.Csi4.With(new ReferenceValues(5, 0.9, "Smith 2020"));
        Assert.Contains("SD 5 and reliability 0.90: Smith 2020", entered.Change!.Source, StringComparison.Ordinal);
        Assert.True(entered.TakesReferenceValues);
    }

    [Fact]
    public void Both_paired_effect_sizes_match_the_hand_calculation_and_carry_the_sign_of_the_change()
    {
        // Changes (later − baseline) −10, −6, −6: mean −7.3333, SD √(32/3 ÷ 2) = 2.3094, d_z = −3.1754.
        // Baseline SD 2.5166, later SD 1.5275: d_av = −7.3333 ÷ 2.0220 = −3.6266.
        Assert.Equal(-3.1754, EffectSize.Dz([(20, 10), (15, 9), (18, 12)]), 4);
        Assert.Equal(-3.6266, EffectSize.Dav([(20, 10), (15, 9), (18, 12)]), 4);
        Assert.Equal(2.3094, EffectSize.StandardDeviation([10, 6, 6]), 4);
        Assert.True(double.IsNaN(EffectSize.Dz([(20, 10)])));
        Assert.True(double.IsNaN(EffectSize.Dav([(20, 10)])));
    }

    [Theory]
    [InlineData(4.05, 5)]
    [InlineData(6, 6)]
    [InlineData(5.0000001, 6)]
    public void The_threshold_shown_is_the_smallest_whole_point_change_that_counts(double computed, int shown) =>
        Assert.Equal(shown, (Instruments.Csi4 with { Change = Instruments.Csi4.Change! with { ReliableChange = computed } }).SmallestReliableChange);
}
