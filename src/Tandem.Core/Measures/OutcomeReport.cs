namespace Tandem.Core.Measures;

/// <summary>One course's baseline score and its score at a later timepoint of the same instrument.</summary>
public sealed record ScorePair(int Baseline, int Score);

/// <summary>A proportion, with the counts it is made of so that a small cell can be withheld.</summary>
public sealed record Proportion(int Count, int Of)
{
    public double Value => (double)Count / Of;
}

/// <summary>
/// The practice's outcomes for one instrument at one timepoint, over every client with both a baseline and a score there.
/// Proportions are fractions of n, except recovery and reliable recovery, which NHS Talking Therapies counts only among
/// clients at caseness at baseline (<see cref="AtCasenessAtBaseline"/>).
/// </summary>
public sealed record TimepointOutcome(
    string Timepoint,
    int N,
    double BaselineMean,
    double BaselineSd,
    double Mean,
    double Sd,
    double MeanChange,
    double Dz,
    double Dav,
    Proportion? Response,
    Proportion? Remission,
    Proportion? ReliableImprovement,
    Proportion? ReliableDeterioration,
    int? AtCasenessAtBaseline,
    Proportion? Recovery,
    Proportion? ReliableRecovery);

public static class OutcomeReport
{
    public static TimepointOutcome Summarise(Instrument instrument, string timepoint, IReadOnlyList<ScorePair> pairs)
    {
        var baselines = pairs.Select(p => (double)p.Baseline).ToList();
        IReadOnlyList<(double, double)> changes = [.. pairs.Select(p => ((double)p.Baseline, (double)p.Score))];
        var scores = pairs.Select(p => (double)p.Score).ToList();
        var n = pairs.Count;
        Proportion? Share(int count, int of) => of == 0 ? null : new(count, of);

        var lowerIsBetter = instrument.Change?.BetterWhen == BetterWhen.Lower;
        var response = lowerIsBetter ? Share(pairs.Count(p => ReliableChange.IsResponse(p.Baseline, p.Score)), n) : null;
        var remission = ReliableChange.HasRemission(instrument) ? Share(pairs.Count(p => ReliableChange.IsRemission(instrument, p.Score)), n) : null;

        Proportion? improved = null, deteriorated = null, recovery = null, reliableRecovery = null;
        int? atCaseness = null;
        if (instrument.Change is { } c)
        {
            var cases = pairs.Where(p => c.IsCase(p.Baseline)).ToList();
            atCaseness = cases.Count;
            recovery = Share(cases.Count(p => !c.IsCase(p.Score)), cases.Count);
            if (c.ReliableChange is { } threshold)
            {
                improved = Share(pairs.Count(p => c.Improvement(p.Baseline, p.Score) >= threshold), n);
                deteriorated = Share(pairs.Count(p => -c.Improvement(p.Baseline, p.Score) >= threshold), n);
                reliableRecovery = Share(cases.Count(p => !c.IsCase(p.Score) && c.Improvement(p.Baseline, p.Score) >= threshold), cases.Count);
            }
        }

        return new TimepointOutcome(
            timepoint, n,
            n == 0 ? double.NaN : baselines.Average(), EffectSize.StandardDeviation(baselines),
            n == 0 ? double.NaN : scores.Average(), EffectSize.StandardDeviation(scores),
            n == 0 ? double.NaN : scores.Average() - baselines.Average(),
            EffectSize.Dz(changes), EffectSize.Dav(changes),
            response, remission, improved, deteriorated, atCaseness, recovery, reliableRecovery);
    }
}
