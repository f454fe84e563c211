using System.Globalization;
using System.Text;
using CsvHelper;
using Tandem.Web.Records;

namespace Tandem.Web.Pages.Register;

/// <summary>The inspection register's rows written as CSV and as PDF: the same rows, in the same order, as the screen.</summary>
public static class InspectionExports
{
    public static byte[] Csv(IReadOnlyList<string[]> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteRecord(InspectionRegister.Header);
            foreach (var row in rows)
            {
                csv.WriteRecord(row);
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>One paragraph per entry, each value named by its column, so that nothing is cut off at the page's edge.</summary>
    public static byte[] Pdf(RegisterWording wording, string practice, string scope, IReadOnlyList<string[]> rows)
    {
        using var pdf = new PdfPages(wording.Title);
        pdf.Title(wording.Title);
        pdf.Line(practice);
        pdf.Line(scope);
        pdf.Line($"{wording.Law} {wording.Retention}");
        pdf.Section(rows.Count == 0 ? "No entries" : $"{rows.Count} {(rows.Count == 1 ? "entry" : "entries")}");
        foreach (var row in rows)
        {
            pdf.Line("");
            pdf.Line(string.Join("; ", row.Select((value, i) => (InspectionRegister.Header[i], value)).Where(c => c.value.Length > 0).Select(c => $"{c.Item1}: {c.value}")));
        }

        return pdf.ToBytes();
    }
}
