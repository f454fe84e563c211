using System.Diagnostics;

namespace Tandem.Web.Tests.Infrastructure;

/// <summary>Response times of several kinds of request, for promises that they cannot be told apart by timing.</summary>
public static class Timing
{
    public const int WarmUpRounds = 1;

    /// <summary>
    /// The median time of each attempt over <paramref name="rounds"/> rounds. The kinds take turns, so a burst of load on a
    /// shared machine slows them all alike; <paramref name="beforeEachRound"/> runs untimed.
    /// </summary>
    public static async Task<TimeSpan[]> MediansAsync(int rounds, Func<Task> beforeEachRound, params Func<Task>[] attempts)
    {
        var samples = attempts.Select(_ => new List<TimeSpan>()).ToArray();
        for (var round = -WarmUpRounds; round < rounds; round++)
        {
            await beforeEachRound();
            for (var kind = 0; kind < attempts.Length; kind++)
            {
                var watch = Stopwatch.StartNew();
                await attempts[kind]();
                if (round >= 0)
                {
                    samples[kind].Add(watch.Elapsed);
                }
            }
        }

        return samples.Select(s => s.Order().ElementAt(s.Count / 2)).ToArray();
    }

    /// <summary>
    /// Within 40% of each other, or within 15 ms, which is scheduler noise on a busy two-core machine. A skipped password
    /// hash or an email sent inside the request costs far more than either.
    /// </summary>
    public static void AssertAlike(TimeSpan expected, TimeSpan actual, string what)
    {
        var ratio = actual / expected;
        var alike = (ratio >= 0.6 && ratio <= 1 / 0.6) || (actual - expected).Duration() <= TimeSpan.FromMilliseconds(15);
        Assert.True(alike, $"{what}: median {actual.TotalMilliseconds:0} ms against {expected.TotalMilliseconds:0} ms");
    }
}
