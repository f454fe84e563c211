using System.Globalization;
using CsvHelper;
using Tandem.Core.Measures;

namespace Tandem.Web.Pages.Reports;

/// <summary>
/// The report's row-level export: one row per client, course of care and timepoint, pseudonymous, in days since the
/// course's baseline, which is the intake's for a case's first course and the last score before the first dose for a
/// maintenance series.
/// </summary>
public static class OutcomeCsv
{
    public static readonly string[] Header = ["client", "course", "baseline", "instrument", "instrument_version", "timepoint", "days_since_baseline", "score", "band"];

    public static void Write(TextWriter destination, IEnumerable<OutcomeData.Answered> answered)
    {
        using var csv = CsvWriter.Create(destination, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true);
        csv.WriteRecord(Header);
        foreach (var a in answered)
        {
            csv.WriteRecord(
            [
                a.Pseudonym, a.Course.ToString(CultureInfo.InvariantCulture), a.BaselineKind.Describe(),
                a.Instrument.Code, a.InstrumentVersion, a.Timepoint,
                a.DaysSinceBaseline.ToString(CultureInfo.InvariantCulture), a.Score.ToString(CultureInfo.InvariantCulture), a.Instrument.BandOf(a.Score).Label,
            ]);
        }

        csv.Flush();
    }
}
