namespace Tandem.Core.Measures;

/// <summary>
/// A published standard deviation and reliability for an instrument with no fixed reliable-change threshold, with where
/// they were published. Jacobson &amp; Truax (1991): a change is reliable when it is at least 1.96 standard errors of the
/// difference, S_diff = √2 · SD · √(1 − r).
/// </summary>
public sealed record ReferenceValues(double StandardDeviation, double Reliability, string Source)
{
    public double ReliableChange => 1.96 * Math.Sqrt(2) * StandardDeviation * Math.Sqrt(1 - Reliability);
}
