namespace Tandem.Core.Measures;

/// <summary>One course's baseline score and its score at a later timepoint of the same instrument.</summary>
public sealed record ScorePair(double Baseline, double Score);

/// <summary>A proportion, with the counts it is made of so that a small cell can be withheld.</summary>
public sealed record Proportion(int Count, int Of)
{
    public double Value => (double)Count / Of;
}

/// <summary>
/// The practice's outcomes for one instrument at one timepoint, over every client with both a baseline and a score there.
/// Proportions are fractions of n, except recovery and reliable recovery, which NHS Talking Therapies counts only among
/// clients at caseness at baseline (<see cref="AtCasenessAtBaseline"/>). A figure that does not apply to the instrument
/// (caseness without a cut-off, response where scores do not start at 0) is null.
/// </summary>
public sealed record TimepointOutcome(
    Timepoint Timepoint,
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
    public static TimepointOutcome Summarise(Instrument instrument, Timepoint timepoint, IReadOnlyList<ScorePair> pairs)
    {
        var baselines = pairs.Select(p => p.Baseline).ToList();
        IReadOnlyList<(double, double)> changes = [.. pairs.Select(p => (p.Baseline, p.Score))];
        var scores = pairs.Select(p => p.Score).ToList();
        var n = pairs.Count;
        Proportion? Share(int count, int of) => of == 0 ? null : new(count, of);

        var response = instrument.CountsResponse ? Share(pairs.Count(p => ReliableChange.IsResponse(p.Baseline, p.Score)), n) : null;
        var remission = ReliableChange.HasRemission(instrument) ? Share(pairs.Count(p => ReliableChange.IsRemission(instrument, p.Score)), n) : null;

        Proportion? improved = null, deteriorated = null, recovery = null, reliableRecovery = null;
        int? atCaseness = null;
        if (instrument.Change is { } c)
        {
            var cases = pairs.Where(p => c.IsCase(p.Baseline) == true).ToList();
            var hasCaseness = c.CasenessAt is not null;
            atCaseness = hasCaseness ? cases.Count : null;
            recovery = hasCaseness ? Share(cases.Count(p => c.IsCase(p.Score) == false), cases.Count) : null;
            if (c.ReliableChange is { } threshold)
            {
                improved = Share(pairs.Count(p => c.Improvement(p.Baseline, p.Score) >= threshold), n);
                deteriorated = Share(pairs.Count(p => -c.Improvement(p.Baseline, p.Score) >= threshold), n);
                reliableRecovery = hasCaseness ? Share(cases.Count(p => c.IsCase(p.Score) == false && c.Improvement(p.Baseline, p.Score) >= threshold), cases.Count) : null;
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
