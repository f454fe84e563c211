namespace Tandem.Core.Measures;

/// <summary>One course's PHQ-9 and GAD-7 at baseline and at a later timepoint.</summary>
public sealed record PairedScores(double PhqBaseline, double PhqLater, double GadBaseline, double GadLater);

/// <summary>NHS Talking Therapies' paired outcomes at one timepoint, over courses with both measures at baseline and then.</summary>
public sealed record PairedOutcome(Timepoint Timepoint, int N, int AtCasenessAtBaseline, Proportion? Recovery, Proportion? ReliableImprovement, Proportion? ReliableRecovery);

/// <summary>
/// NHS Talking Therapies' measures of change taken across the pair of PHQ-9 and GAD-7: at caseness when either is at
/// caseness; recovered when at caseness at baseline and below caseness on both later; reliably improved when either
/// improved reliably and neither deteriorated reliably; reliably recovered when both. Recovery counts only courses at
/// caseness at baseline; reliable improvement counts them all.
/// </summary>
public static class PairedRecovery
{
    public static PairedOutcome Summarise(Timepoint timepoint, IReadOnlyList<PairedScores> courses)
    {
        var phq = Instruments.Phq9.Change!;
        var gad = Instruments.Gad7.Change!;
        bool AtCaseness(double p, double g) => phq.IsCase(p) == true || gad.IsCase(g) == true;
        bool Improved(PairedScores c)
        {
            var (p, g) = (phq.Improvement(c.PhqBaseline, c.PhqLater), gad.Improvement(c.GadBaseline, c.GadLater));
            return (p >= phq.ReliableChange || g >= gad.ReliableChange) && -p < phq.ReliableChange && -g < gad.ReliableChange;
        }

        var cases = courses.Where(c => AtCaseness(c.PhqBaseline, c.GadBaseline)).ToList();
        var recovered = cases.Where(c => !AtCaseness(c.PhqLater, c.GadLater)).ToList();
        Proportion? Of(int count, int total) => total == 0 ? null : new(count, total);
        return new PairedOutcome(
            timepoint, courses.Count, cases.Count,
            Of(recovered.Count, cases.Count), Of(courses.Count(Improved), courses.Count), Of(recovered.Count(Improved), cases.Count));
    }
}
