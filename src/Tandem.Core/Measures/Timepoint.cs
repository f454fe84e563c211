using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Tandem.Core.Measures;

/// <summary>The kinds of point in care at which questionnaires are asked. Values are stored: never renumber.</summary>
public enum TimepointKind
{
    Baseline = 1,
    BeforeDose = 2,
    MidSeries = 3,
    EndOfSeries = 4,
    FollowUp = 5,
}

/// <summary>
/// Where in care a questionnaire is asked. It is stored by its <see cref="Code"/>, which never changes, so that its
/// <see cref="Name"/> can be reworded without orphaning a saved answer.
/// </summary>
public readonly record struct Timepoint
{
    private const string BeforeDosePrefix = "before-dose-";
    private const string FollowUpPrefix = "follow-up-";

    private Timepoint(TimepointKind kind, int number) => (Kind, Number) = (kind, number);

    public TimepointKind Kind { get; }

    /// <summary>The dosing session counted from 1 before a dose, the months after the series at a follow-up; otherwise 0.</summary>
    public int Number { get; }

    public static Timepoint Baseline => new(TimepointKind.Baseline, 0);

    public static Timepoint MidSeries => new(TimepointKind.MidSeries, 0);

    public static Timepoint EndOfSeries => new(TimepointKind.EndOfSeries, 0);

    public static Timepoint BeforeDose(int number) =>
        number >= 1 ? new(TimepointKind.BeforeDose, number) : throw new ArgumentOutOfRangeException(nameof(number), number, "Dosing sessions are counted from 1.");

    public static Timepoint FollowUp(int months) =>
        months >= 1 ? new(TimepointKind.FollowUp, months) : throw new ArgumentOutOfRangeException(nameof(months), months, "A follow-up is at least a month after the series.");

    /// <summary>What the client and the case team read.</summary>
    public string Name => Kind switch
    {
        TimepointKind.Baseline => "Baseline",
        TimepointKind.BeforeDose => $"Before dosing session {Number}",
        TimepointKind.MidSeries => "Mid-series",
        TimepointKind.EndOfSeries => "End of series",
        TimepointKind.FollowUp => Number == 1 ? "1 month after the series" : $"{Number} months after the series",
        _ => throw Unset(),
    };

    /// <summary>The stored key: "baseline", "before-dose-3", "mid-series", "end-of-series", "follow-up-3".</summary>
    public string Code => Kind switch
    {
        TimepointKind.Baseline => "baseline",
        TimepointKind.BeforeDose => BeforeDosePrefix + Number.ToString(CultureInfo.InvariantCulture),
        TimepointKind.MidSeries => "mid-series",
        TimepointKind.EndOfSeries => "end-of-series",
        TimepointKind.FollowUp => FollowUpPrefix + Number.ToString(CultureInfo.InvariantCulture),
        _ => throw Unset(),
    };

    public static Timepoint Parse(string code) =>
        TryParse(code, out var timepoint) ? timepoint : throw new FormatException($"\"{code}\" is not a timepoint code.");

    /// <summary>Reads a <see cref="Code"/> exactly as written; a name, or a number written another way, is not one.</summary>
    public static bool TryParse([NotNullWhen(true)] string? code, out Timepoint timepoint)
    {
        timepoint = code switch
        {
            "baseline" => Baseline,
            "mid-series" => MidSeries,
            "end-of-series" => EndOfSeries,
            _ when Numbered(code, BeforeDosePrefix) is { } number => BeforeDose(number),
            _ when Numbered(code, FollowUpPrefix) is { } months => FollowUp(months),
            _ => default,
        };
        return timepoint.Kind != default;
    }

    private static int? Numbered(string? code, string prefix) =>
        code is not null && code.StartsWith(prefix, StringComparison.Ordinal)
        && int.TryParse(code.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
        && number >= 1 && code.Length == prefix.Length + number.ToString(CultureInfo.InvariantCulture).Length
            ? number
            : null;

    private InvalidOperationException Unset() => new($"A timepoint of kind {(int)Kind} has no name or code.");
}
