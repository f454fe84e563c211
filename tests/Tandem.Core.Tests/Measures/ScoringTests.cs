using Tandem.Core.Measures;

namespace Tandem.Core.Tests.Measures;

/// <summary>Expected totals and bands are the published ones, written out here, not read from the definitions under test.</summary>
public sealed class ScoringTests
{
    private static Dictionary<int, int> Answers(params int[] values) => values.Select((v, i) => (i + 1, v)).ToDictionary();

    [Theory]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 0, "Minimal")]
    [InlineData(new[] { 1, 1, 1, 1, 0, 0, 0, 0, 0 }, 4, "Minimal")]
    [InlineData(new[] { 1, 1, 1, 1, 1, 0, 0, 0, 0 }, 5, "Mild")]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, 1, 1, 1 }, 9, "Mild")]
    [InlineData(new[] { 2, 1, 1, 1, 1, 1, 1, 1, 1 }, 10, "Moderate")]
    [InlineData(new[] { 2, 2, 2, 2, 2, 1, 1, 1, 1 }, 14, "Moderate")]
    [InlineData(new[] { 2, 2, 2, 2, 2, 2, 1, 1, 1 }, 15, "Moderately severe")]
    [InlineData(new[] { 3, 3, 3, 2, 2, 2, 2, 1, 1 }, 19, "Moderately severe")]
    [InlineData(new[] { 3, 3, 3, 3, 2, 2, 2, 1, 1 }, 20, "Severe")]
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 3, 3, 3 }, 27, "Severe")]
    public void Phq9_totals_and_bands(int[] answers, int total, string band)
    {
        Assert.Equal(total, Instruments.Phq9.Score(Answers(answers)));
        Assert.Equal(band, Instruments.Phq9.BandOf(total)!.Label);
    }

    [Theory]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0 }, 0, "Minimal")]
    [InlineData(new[] { 1, 1, 1, 1, 0, 0, 0 }, 4, "Minimal")]
    [InlineData(new[] { 1, 1, 1, 1, 1, 0, 0 }, 5, "Mild")]
    [InlineData(new[] { 2, 2, 1, 1, 1, 1, 1 }, 9, "Mild")]
    [InlineData(new[] { 2, 2, 2, 1, 1, 1, 1 }, 10, "Moderate")]
    [InlineData(new[] { 2, 2, 2, 2, 2, 2, 2 }, 14, "Moderate")]
    [InlineData(new[] { 3, 2, 2, 2, 2, 2, 2 }, 15, "Severe")]
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 3 }, 21, "Severe")]
    public void Gad7_totals_and_bands(int[] answers, int total, string band)
    {
        Assert.Equal(total, Instruments.Gad7.Score(Answers(answers)));
        Assert.Equal(band, Instruments.Gad7.BandOf(total)!.Label);
    }

    [Theory]
    [InlineData(new[] { 0, 0, 0, 0 }, 0, "Distressed")]
    [InlineData(new[] { 3, 4, 3, 3 }, 13, "Distressed")]
    [InlineData(new[] { 3, 4, 4, 3 }, 14, "Not distressed")]
    [InlineData(new[] { 6, 5, 5, 5 }, 21, "Not distressed")]
    public void Csi4_totals_and_the_distress_cut_off_at_13_point_5(int[] answers, int total, string band)
    {
        Assert.Equal(total, Instruments.Csi4.Score(Answers(answers)));
        Assert.Equal(band, Instruments.Csi4.BandOf(total)!.Label);
    }

    [Fact]
    public void An_incomplete_or_impossible_answer_set_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Instruments.Gad7.Score(Answers(1, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Instruments.Gad7.Score(Answers(1, 1, 1, 1, 1, 1, 4)));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(3, true)]
    public void Any_answer_above_zero_on_phq9_item_9_raises_the_alert(int item9, bool alert) =>
        Assert.Equal(alert, Instruments.RaisesSafetyAlert(Instruments.Phq9, Answers(0, 0, 0, 0, 0, 0, 0, 0, item9)));

    [Fact]
    public void The_published_loinc_codes_are_carried()
    {
        Assert.Equal(("44249-1", "44261-6"), (Instruments.Phq9.Loinc, Instruments.Phq9.TotalLoinc));
        Assert.Equal(["44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8"], Instruments.Phq9.Items.Select(i => i.Loinc));
        var difficulty = Assert.Single(Instruments.Phq9.Unscored);
        Assert.Equal(("69722-7", 10), (difficulty.Loinc, difficulty.Number));
        Assert.Equal(["LA6572-7", "LA6573-5", "LA6575-0", "LA6574-3"], difficulty.Options.OrderBy(o => o.Value).Select(o => o.Loinc));
        Assert.Equal(("69737-5", "70274-6"), (Instruments.Gad7.Loinc, Instruments.Gad7.TotalLoinc));
        Assert.Equal(["69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"], Instruments.Gad7.Items.Select(i => i.Loinc));
    }

    [Fact]
    public void The_phq9_difficulty_question_is_asked_but_never_scored()
    {
        var answers = Answers(1, 1, 1, 1, 1, 1, 1, 1, 0);
        answers[10] = 3;
        Assert.Equal(8, Instruments.Phq9.Score(answers));
        answers[10] = 7;
        Assert.Throws<ArgumentOutOfRangeException>(() => Instruments.Phq9.Score(answers));
    }
}
