namespace Tandem.Core.Measures;

/// <summary>The reference values a practice entered for one instrument, from the literature it cites.</summary>
public sealed class MeasureReference : PracticeRecord
{
    public const int SourceMaxLength = 500;

    public string InstrumentCode { get; set; } = "";
    public double StandardDeviation { get; set; }
    public double Reliability { get; set; }
    public string Source { get; set; } = "";

    public ReferenceValues ToValues() => new(StandardDeviation, Reliability, Source);
}
