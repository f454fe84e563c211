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
    public void Cohens_d_for_paired_scores_matches_the_hand_calculation()
    {
        // Differences 10, 6, 6: mean 7.3333, SD √(32/3 ÷ 2) = 2.3094, d = 3.1754.
        Assert.Equal(3.1754, EffectSize.CohensDPaired([(20, 10), (15, 9), (18, 12)]), 4);
        Assert.Equal(2.3094, EffectSize.StandardDeviation([10, 6, 6]), 4);
        Assert.True(double.IsNaN(EffectSize.CohensDPaired([(20, 10)])));
    }
}
