using Tandem.Core.Measures;
using Tandem.Web.Pages.Reports;

namespace Tandem.Web.Tests.Reports;

/// <summary>A spreadsheet must never run a cell of the export as a formula, whatever a stored value begins with.</summary>
public sealed class OutcomeCsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x.test\",\"open\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1+1")]
    public void Cells_that_would_start_a_formula_are_escaped(string stored)
    {
        var text = new StringWriter();
        OutcomeCsv.Write(text, [new OutcomeData.Answered("P-001", 1, BaselineKind.Intake, Instruments.Phq9, stored, Timepoint.Baseline, 0, 12, 12, new Dictionary<int, int>())]);

        var row = text.ToString().Split("\r\n")[1];
        Assert.DoesNotContain("," + stored, row, StringComparison.Ordinal);
        Assert.Contains("'" + stored.TrimStart('"'), row.Replace("\"\"", "\"", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.StartsWith("P-001,1,intake,PHQ-9,", row, StringComparison.Ordinal);
    }
}
