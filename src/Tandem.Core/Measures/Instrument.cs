namespace Tandem.Core.Measures;

/// <param name="Loinc">The LOINC answer code, where LOINC has one.</param>
public sealed record ResponseOption(int Value, string Label, string? Loinc = null);

public sealed record InstrumentItem(int Number, string Text, IReadOnlyList<ResponseOption> Options, string? Loinc);

/// <summary>A severity band, inclusive at both ends, e.g. PHQ-9 "mild" 5–9.</summary>
public sealed record Band(int From, int To, string Label);

/// <summary>Whether a lower or a higher total means the person is better.</summary>
public enum BetterWhen
{
    Lower,
    Higher,
}

/// <summary>
/// Which way is better, where caseness lies and how much change is reliable. NHS Talking Therapies publishes fixed
/// thresholds for PHQ-9 and GAD-7. Any other instrument carries none (null) until the practice enters published reference
/// values for it (<see cref="Instrument.With"/>); until then its change is shown but not classified.
/// </summary>
public sealed record ChangeCriteria(double? ReliableChange, double CasenessAt, BetterWhen BetterWhen, string Source)
{
    /// <summary>The practice's reference values the threshold was computed from; null for a fixed threshold or none.</summary>
    public ReferenceValues? Reference { get; init; }

    public bool IsCase(double score) => BetterWhen == BetterWhen.Lower ? score >= CasenessAt : score < CasenessAt;

    /// <summary>How much better <paramref name="latest"/> is than <paramref name="baseline"/>; negative when worse.</summary>
    public double Improvement(double baseline, double latest) => BetterWhen == BetterWhen.Lower ? baseline - latest : latest - baseline;
}

/// <summary>An instrument as data: items, options, scoring range, bands, change criteria, codes and licence.</summary>
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

    public int MaximumScore => Items.Sum(i => i.Options.Max(o => o.Value));

    public int MinimumScore => Items.Sum(i => i.Options.Min(o => o.Value));

    /// <summary>The total of a complete set of answers (item number → chosen value).</summary>
    public int Score(IReadOnlyDictionary<int, int> answers)
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

        return Items.Sum(i => answers[i.Number]);
    }

    /// <summary>
    /// The smallest change that counts as reliable, in the steps a total can move by: every instrument here is a sum of
    /// whole-number items, so a computed 4.05 points means 5.
    /// </summary>
    public int? SmallestReliableChange => Change?.ReliableChange is { } threshold ? WholePoints(threshold) : null;

    public Band BandOf(int score) => Bands.Single(b => score >= b.From && score <= b.To);

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
                Source = $"{criteria.Source}; reliable change {WholePoints(values.ReliableChange)} points (Jacobson & Truax give {values.ReliableChange:0.00}, " +
                    $"rounded up to the whole points a total moves by, from SD {values.StandardDeviation:0.##} and reliability {values.Reliability:0.00##}: {values.Source})",
            },
        }
        : this;

    private static int WholePoints(double threshold) => (int)Math.Ceiling(threshold - 1e-9);
}
