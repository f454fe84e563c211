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
    /// Cohen's d for paired data (d_z): the mean of the differences (baseline − end) divided by the standard deviation
    /// of those differences. Positive when scores fell.
    /// </summary>
    public static double CohensDPaired(IReadOnlyList<(double Baseline, double End)> pairs)
    {
        var differences = pairs.Select(p => p.Baseline - p.End).ToList();
        var sd = StandardDeviation(differences);
        return sd is 0 or double.NaN ? double.NaN : differences.Average() / sd;
    }
}
