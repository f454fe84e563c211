using System.Globalization;
using System.Text;
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

    /// <summary>Writes the rows a group at a time, so an export never holds the practice's report whole.</summary>
    public static async Task WriteAsync(Stream destination, IAsyncEnumerable<IReadOnlyList<OutcomeData.Answered>> groups, CancellationToken cancellationToken)
    {
        var header = true;
        await foreach (var group in groups.WithCancellation(cancellationToken))
        {
            var text = new StringWriter();
            Write(text, group, header);
            header = false;
            await destination.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()), cancellationToken);
        }
    }

    public static void Write(TextWriter destination, IEnumerable<OutcomeData.Answered> answered, bool header = true)
    {
        using var csv = CsvWriter.Create(destination, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true);
        if (header)
        {
            csv.WriteRecord(Header);
        }

        foreach (var a in answered)
        {
            csv.WriteRecord(
            [
                a.Pseudonym, a.Course.ToString(CultureInfo.InvariantCulture), a.BaselineKind.Describe(),
                a.Instrument.Code, a.InstrumentVersion, a.Timepoint.Name,
                a.DaysSinceBaseline.ToString(CultureInfo.InvariantCulture), a.Instrument.Show(a.Score), a.Instrument.BandOf(a.Score)?.Label ?? "",
            ]);
        }

        csv.Flush();
    }
}
