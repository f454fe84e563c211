namespace Tandem.Core.Measures;

/// <summary>Summary statistics for the practice outcome report.</summary>
public static class EffectSize
{
    /// <summary>Sample standard deviation (n − 1).</summary>
    public static double StandardDeviation(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
        {
            return double.NaN;
        }

        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }

    /// <summary>
    /// d_z for paired data: the mean change (later − baseline) divided by the standard deviation of the changes. It carries
    /// the sign of the change, as every change in the report does.
    /// </summary>
    public static double Dz(IReadOnlyList<(double Baseline, double Later)> pairs)
    {
        var changes = pairs.Select(p => p.Later - p.Baseline).ToList();
        var sd = StandardDeviation(changes);
        return sd is 0 or double.NaN ? double.NaN : changes.Average() / sd;
    }

    /// <summary>d_av: the mean change (later − baseline) divided by the mean of the baseline and later standard deviations.</summary>
    public static double Dav(IReadOnlyList<(double Baseline, double Later)> pairs)
    {
        var averageSd = (StandardDeviation([.. pairs.Select(p => p.Baseline)]) + StandardDeviation([.. pairs.Select(p => p.Later)])) / 2;
        return averageSd is 0 or double.NaN ? double.NaN : pairs.Average(p => p.Later - p.Baseline) / averageSd;
    }
}
