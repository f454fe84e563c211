using System.Globalization;

namespace Tandem.Core.Measures;

/// <param name="Loinc">The LOINC answer code, where LOINC has one.</param>
public sealed record ResponseOption(int Value, string Label, string? Loinc = null);

public sealed record InstrumentItem(int Number, string Text, IReadOnlyList<ResponseOption> Options, string? Loinc);

/// <summary>A severity band, inclusive at both ends, e.g. PHQ-9 "mild" 5–9.</summary>
public sealed record Band(double From, double To, string Label);

/// <summary>How an instrument's items make its score.</summary>
public enum Scoring
{
    /// <summary>The total of the items, as PHQ-9.</summary>
    Sum,

    /// <summary>The mean of the items, as the SCS-SF.</summary>
    Mean,
}

/// <summary>Whether a lower or a higher score means the person is better.</summary>
public enum BetterWhen
{
    Lower,
    Higher,
}

/// <summary>
/// Which way is better, where caseness lies and how much change is reliable. NHS Talking Therapies publishes fixed
/// thresholds for PHQ-9 and GAD-7. Any other instrument carries none (null) until the practice enters published reference
/// values for it (<see cref="Instrument.With"/>); until then its change is shown but not classified. An instrument with
/// no published cut-off has no caseness (null), so recovery does not apply to it.
/// </summary>
public sealed record ChangeCriteria(double? ReliableChange, double? CasenessAt, BetterWhen BetterWhen, string Source)
{
    /// <summary>The practice's reference values the threshold was computed from; null for a fixed threshold or none.</summary>
    public ReferenceValues? Reference { get; init; }

    /// <summary>Remission as a score below this, where the field counts it (Hull et al. 2022: PHQ-9 and GAD-7 below 5).</summary>
    public double? RemissionBelow { get; init; }

    /// <summary>Whether a score is in the clinical range; null where the instrument has no cut-off.</summary>
    public bool? IsCase(double score) => CasenessAt is not { } at ? null : BetterWhen == BetterWhen.Lower ? score >= at : score < at;

    /// <summary>The clinical range in words ("10 or more", "below 13.5"); null where there is no cut-off.</summary>
    public string? Caseness => CasenessAt is not { } at ? null : BetterWhen == BetterWhen.Lower ? $"{at} or more" : $"below {at}";

    /// <summary>How much better <paramref name="latest"/> is than <paramref name="baseline"/>; negative when worse.</summary>
    public double Improvement(double baseline, double latest) => BetterWhen == BetterWhen.Lower ? baseline - latest : latest - baseline;
}

/// <summary>
/// An instrument as data: items, options, how they are scored and shown, bands, change criteria, codes and licence. The
/// charts, settings, report and exports read all of it, so a new instrument is its definition and its tests.
/// </summary>
public sealed record Instrument(
    string Code,
    string Version,
    string Name,
    string Instructions,
    IReadOnlyList<InstrumentItem> Items,
    IReadOnlyList<Band> Bands,
    ChangeCriteria? Change,
    string? Loinc,
    string? TotalLoinc,
    string Licence)
{
    /// <summary>Questions asked after the scored items and never counted, such as PHQ-9's "how difficult"; answering them is optional.</summary>
    public IReadOnlyList<InstrumentItem> Unscored { get; init; } = [];

    public IEnumerable<InstrumentItem> AllItems => Items.Concat(Unscored);

    /// <summary>Asked only of the partners of a couple, as CSI-4 is.</summary>
    public bool CouplesOnly { get; init; }

    public Scoring Scoring { get; init; } = Scoring.Sum;

    /// <summary>Decimals a score is shown with: none for a total; a mean is usually reported to two.</summary>
    public int Decimals { get; init; }

    public double MaximumScore => Combine(Items.Select(i => i.Options.Max(o => o.Value)));

    public double MinimumScore => Combine(Items.Select(i => i.Options.Min(o => o.Value)));

    /// <summary>The smallest move a score can make: a point for a total of whole-number items, a point over the number of items for a mean.</summary>
    public double Step => Scoring == Scoring.Mean ? 1.0 / Items.Count : 1;

    /// <summary>The score of a complete set of answers (item number → chosen value).</summary>
    public double Score(IReadOnlyDictionary<int, int> answers)
    {
        var missing = Items.Where(i => !answers.ContainsKey(i.Number)).Select(i => i.Number).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"Every item needs an answer; missing: {string.Join(", ", missing)}.", nameof(answers));
        }

        foreach (var item in AllItems.Where(i => answers.ContainsKey(i.Number)))
        {
            if (item.Options.All(o => o.Value != answers[item.Number]))
            {
                throw new ArgumentOutOfRangeException(nameof(answers), $"Item {item.Number} has no answer worth {answers[item.Number]}.");
            }
        }

        return Combine(Items.Select(i => answers[i.Number]));
    }

    public string Show(double score) => score.ToString(Digits, CultureInfo.InvariantCulture);

    /// <summary>A change with its sign: "+3", "−0.50", "0".</summary>
    public string ShowChange(double change) => change.ToString($"+{Digits};−{Digits};0", CultureInfo.InvariantCulture);

    /// <summary>Whether response, a drop of at least half, means anything: only where lower is better and scores start at 0.</summary>
    public bool CountsResponse => Change?.BetterWhen == BetterWhen.Lower && MinimumScore == 0;

    /// <summary>
    /// The smallest change that counts as reliable, in the steps a score can move by (<see cref="Step"/>): on a total of
    /// whole-number items a computed 4.05 points means 5.
    /// </summary>
    public double? SmallestReliableChange => Change?.ReliableChange is { } threshold ? InSteps(threshold) : null;

    /// <summary>The band a score falls in; null for an instrument without bands.</summary>
    public Band? BandOf(double score) => Bands.SingleOrDefault(b => score >= b.From && score <= b.To);

    /// <summary>Whether reliable change comes from reference values the practice enters, for want of a fixed threshold.</summary>
    public bool TakesReferenceValues => Change is { ReliableChange: null } or { Reference: not null };

    /// <summary>This instrument with its Jacobson–Truax threshold from <paramref name="values"/>; a fixed threshold is never replaced.</summary>
    public Instrument With(ReferenceValues values) => Change is { ReliableChange: null } criteria
        ? this with
        {
            Change = criteria with
            {
                ReliableChange = values.ReliableChange,
                Reference = values,
                Source = $"{criteria.Source}; reliable change {Show(InSteps(values.ReliableChange))} points (Jacobson & Truax give {values.ReliableChange:0.00}, " +
                    $"rounded up to the {StepWords}, from SD {values.StandardDeviation:0.##} and reliability {values.Reliability:0.00##}: {values.Source})",
            },
        }
        : this;

    /// <summary>What <see cref="SmallestReliableChange"/> is rounded up to, in words.</summary>
    public string StepWords => Scoring == Scoring.Mean ? $"steps of 1/{Items.Count} point a mean of {Items.Count} items moves by" : "whole points a total moves by";

    private string Digits => Decimals == 0 ? "0" : "0." + new string('0', Decimals);

    private double Combine(IEnumerable<int> values) => Scoring == Scoring.Mean ? values.Average() : values.Sum();

    private double InSteps(double threshold) => Math.Ceiling((threshold / Step) - 1e-9) * Step;
}
