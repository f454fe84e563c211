namespace Tandem.Core.Measures;

/// <summary>One client's baseline score and their score at a later timepoint of the same instrument.</summary>
public sealed record ScorePair(int Baseline, int Score);

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
    double CohensD,
    double? Response,
    double? Remission,
    double? ReliableImprovement,
    double? ReliableDeterioration,
    int? AtCasenessAtBaseline,
    double? Recovery,
    double? ReliableRecovery);

public static class OutcomeReport
{
    public static TimepointOutcome Summarise(Instrument instrument, string timepoint, IReadOnlyList<ScorePair> pairs)
    {
        var baselines = pairs.Select(p => (double)p.Baseline).ToList();
        var scores = pairs.Select(p => (double)p.Score).ToList();
        var n = pairs.Count;
        double? Share(int count, int of) => of == 0 ? null : (double)count / of;

        var lowerIsBetter = instrument.Change?.BetterWhen == BetterWhen.Lower;
        double? response = lowerIsBetter ? Share(pairs.Count(p => ReliableChange.IsResponse(p.Baseline, p.Score)), n) : null;
        double? remission = instrument.Code == Instruments.Phq9.Code ? Share(pairs.Count(p => ReliableChange.IsRemission(instrument, p.Score)), n) : null;

        double? improved = null, deteriorated = null, recovery = null, reliableRecovery = null;
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
            EffectSize.CohensDPaired([.. pairs.Select(p => ((double)p.Baseline, (double)p.Score))]),
            response, remission, improved, deteriorated, atCaseness, recovery, reliableRecovery);
    }
}
