using System.Globalization;
using Tandem.Core.Measures;

namespace Tandem.Web.Pages.Measures;

public sealed record ScorePoint(DateOnly Day, double Score, Timepoint Timepoint);

public sealed record ScoreLine(string Name, IReadOnlyList<ScorePoint> Points);

/// <summary>
/// One instrument's scores over time as SVG geometry: the instrument's score range up the side, its severity bands shaded
/// (if it has any), dosing sessions marked on the time axis, a line per person. Drawn on the server, so the chart needs no script; the page puts the same numbers in a table beside it.
/// </summary>
public sealed class ScoreChart
{
    public const int Width = 640;
    public const int Height = 260;
    public const int Left = 44;
    public const int Right = 110;
    public const int Top = 16;
    public const int Bottom = 40;

    private static readonly string[] LineColours = ["#2f6f73", "#9a3b2e"];
    private static readonly string[] BandShades = ["#eef6f1", "#f7f4e6", "#fbeee0", "#f9e3dc", "#f4d6d6"];

    /// <param name="today">The practice's today: where a chart with nothing on it yet starts.</param>
    public ScoreChart(Instrument instrument, IReadOnlyList<ScoreLine> lines, IReadOnlyList<DateOnly> dosingDays, DateOnly today)
    {
        Instrument = instrument;
        Lines = lines;
        var days = lines.SelectMany(l => l.Points.Select(p => p.Day)).Concat(dosingDays).ToList();
        From = days.Count == 0 ? today : days.Min();
        To = days.Count == 0 ? From.AddDays(1) : days.Max();
        if (To.DayNumber - From.DayNumber < 7)
        {
            To = From.AddDays(7);
        }

        DosingDays = [.. dosingDays.Distinct().Order()];
    }

    public Instrument Instrument { get; }
    public IReadOnlyList<ScoreLine> Lines { get; }
    public IReadOnlyList<DateOnly> DosingDays { get; }
    public DateOnly From { get; }
    public DateOnly To { get; }

    public string Title => $"{Instrument.Code} scores over time";

    public bool HasScores => Lines.Any(l => l.Points.Count > 0);

    public double X(DateOnly day) => Left + ((double)(day.DayNumber - From.DayNumber) / (To.DayNumber - From.DayNumber) * (Width - Left - Right));

    public double Y(double score) =>
        Top + ((1 - ((score - Instrument.MinimumScore) / (Instrument.MaximumScore - Instrument.MinimumScore))) * (Height - Top - Bottom));

    /// <summary>The scores the vertical axis names: its lowest, middle (a score it can take) and highest.</summary>
    public IReadOnlyList<double> ScoreTicks =>
    [
        Instrument.MinimumScore,
        Instrument.MinimumScore + (Math.Floor((Instrument.MaximumScore - Instrument.MinimumScore) / 2 / Instrument.Step) * Instrument.Step),
        Instrument.MaximumScore,
    ];

    public string AxisLabel => $"Score ({N(Instrument.MinimumScore)}–{N(Instrument.MaximumScore)})";

    public string BandLabel(double score) => Instrument.BandOf(score)?.Label ?? "—";

    /// <summary>A line's scores in words, for the chart's description.</summary>
    public string Describe(ScoreLine line) => line.Name + ": " + (line.Points.Count == 0 ? "no scores yet"
        : string.Join(", ", line.Points.Select(p => $"{Instrument.Show(p.Score)} on {p.Day.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}")));

    public string Colour(int line) => LineColours[line % LineColours.Length];

    /// <summary>Each band as a shaded rectangle, worse bands darker; the band edges sit half a step outside its scores.</summary>
    public IEnumerable<(Band Band, double Y, double Height, string Shade)> BandAreas()
    {
        var ordered = Instrument.Bands.OrderBy(b => b.From).ToList();
        var worstLast = Instrument.Change?.BetterWhen != BetterWhen.Higher;
        for (var i = 0; i < ordered.Count; i++)
        {
            var band = ordered[i];
            var top = Y(Math.Min(Instrument.MaximumScore, band.To + (Instrument.Step / 2)));
            var bottom = Y(Math.Max(Instrument.MinimumScore, band.From - (Instrument.Step / 2)));
            var severity = worstLast ? i : ordered.Count - 1 - i;
            yield return (band, top, bottom - top, BandShades[Math.Min(severity, BandShades.Length - 1)]);
        }
    }

    public string Polyline(ScoreLine line) =>
        string.Join(' ', line.Points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{X(p.Day):0.#},{Y(p.Score):0.#}")));

    /// <summary>About five dates along the time axis.</summary>
    public IEnumerable<DateOnly> Ticks()
    {
        var span = To.DayNumber - From.DayNumber;
        var step = Math.Max(1, span / 4);
        for (var d = 0; d <= span; d += step)
        {
            yield return From.AddDays(d);
        }
    }

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
