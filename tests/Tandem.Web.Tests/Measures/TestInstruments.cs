using Tandem.Core.Measures;

namespace Tandem.Web.Tests.Measures;

/// <summary>Test-only definitions of shapes no shipped instrument has: a mean score with no cut-off, and totals from 4.</summary>
internal static class TestInstruments
{
    private static readonly ResponseOption[] OneToFive = [new(1, "Almost never"), new(2, "Rarely"), new(3, "Sometimes"), new(4, "Often"), new(5, "Almost always")];

    private static InstrumentItem[] Items() => [.. Enumerable.Range(1, 4).Select(n => new InstrumentItem(n, $"Item {n}", OneToFive, null))];

    /// <summary>The mean of four items 1–5, higher is better, no cut-off and no bands.</summary>
    public static readonly Instrument MeanScored = new(
        "TEST-MEAN", "1", "Test mean-scored scale", "How often do you…", Items(), [],
        new ChangeCriteria(null, null, BetterWhen.Higher, "Test: no cut-off published"), null, null, "Test only.")
    {
        Scoring = Scoring.Mean,
        Decimals = 2,
    };

    /// <summary>The total of four items 1–5 (4–20), lower is better, caseness at 12 or more.</summary>
    public static readonly Instrument FromFour = new(
        "TEST-FROM4", "1", "Test scale scored from 4", "How often do you…", Items(),
        [new(4, 11, "Typical"), new(12, 20, "Clinical range")],
        new ChangeCriteria(null, 12, BetterWhen.Lower, "Test: caseness 12 or more"), null, null, "Test only.");
}
