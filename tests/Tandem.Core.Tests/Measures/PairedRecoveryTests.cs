using Tandem.Core.Measures;

namespace Tandem.Core.Tests.Measures;

/// <summary>NHS Talking Therapies' paired measures, PHQ-9 and GAD-7 taken together, against cases worked by hand.</summary>
public sealed class PairedRecoveryTests
{
    [Fact]
    public void Paired_recovery_improvement_and_reliable_recovery_follow_the_hand_worked_cases()
    {
        PairedScores[] courses =
        [
            new(14, 6, 12, 5),  // case on both; below both at the end; PHQ −8 and GAD −7 reliable: reliable recovery.
            new(8, 7, 10, 7),   // case on GAD-7 only; below both at the end; PHQ −1, GAD −3: recovered, not reliably improved.
            new(15, 7, 9, 9),   // case on both; GAD-7 still 9 (case): not recovered; PHQ −8 reliable, GAD 0: reliable improvement.
            new(16, 8, 6, 11),  // case on PHQ-9; GAD-7 rises 5 (reliable deterioration): no reliable improvement, not recovered.
            new(6, 3, 5, 2),    // at caseness on neither: counts for improvement only; PHQ −3, GAD −3: not reliable.
        ];

        var outcome = PairedRecovery.Summarise(Timepoint.EndOfSeries, courses);

        Assert.Equal(5, outcome.N);
        Assert.Equal(4, outcome.AtCasenessAtBaseline);
        Assert.Equal(new Proportion(2, 4), outcome.Recovery);
        Assert.Equal(new Proportion(2, 5), outcome.ReliableImprovement);
        Assert.Equal(new Proportion(1, 4), outcome.ReliableRecovery);
    }

    [Fact]
    public void No_courses_gives_an_empty_row() => Assert.Null(PairedRecovery.Summarise(Timepoint.FollowUp(12), []).Recovery);
}
