using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Tandem.Web.Records;

/// <summary>Writes headings and wrapped paragraphs down A4 pages, starting a new page when one is full.</summary>
public sealed class PdfPages : IDisposable
{
    private const double Margin = 56;

    // The fonts ship inside PDFsharp, so the export looks the same on any server, with or without system fonts. Static
    // fields initialise in order, before any static constructor: this one must come before the first XFont.
    private static readonly IFontResolver Fonts = GlobalFontSettings.FontResolver ??= new RecordFonts();
    private static readonly XFont Body = new(RecordFonts.Family, 10);
    private static readonly XFont Heading = new(RecordFonts.Family, 14, XFontStyleEx.Bold);
    private static readonly XFont Large = new(RecordFonts.Family, 20, XFontStyleEx.Bold);
    private static readonly XFont Small = new(RecordFonts.Family, 8);
    private static readonly XPen Frame = new(XColors.LightGray, 0.75);
    private static readonly XPen Trace = new(XColors.SteelBlue, 1.5);

    private readonly PdfDocument document = new();
    private XGraphics? page;
    private double y;

    public PdfPages(string title) => document.Info.Title = title;

    public void Title(string text) => Write(text, Large, spaceBefore: 0);

    public void Section(string text) => Write(text, Heading, spaceBefore: 14);

    public void Line(string text) => Write(text, Body, spaceBefore: 2);

    /// <summary>A line chart of one measure over time, scaled from its lowest possible score to its highest.</summary>
    public void Chart(string title, IReadOnlyList<(DateOnly Day, double Value)> points, double lowest, double highest)
    {
        const double height = 110;
        if (page is null || y + (Body.GetHeight() * 2.4) + height + 24 > page.PageSize.Height - Margin)
        {
            // A chart starts a page rather than leaving its title behind on the last one.
            NewPage();
        }

        Write(title, Body, spaceBefore: 8);

        var box = new XRect(Margin + 24, y + 4, XUnit.FromMillimeter(210).Point - (2 * Margin) - 24, height);
        page!.DrawRectangle(Frame, box);
        page.DrawString(highest.ToString(CultureInfo.InvariantCulture), Small, XBrushes.Gray, new XPoint(Margin, box.Top + 8));
        page.DrawString(lowest.ToString(CultureInfo.InvariantCulture), Small, XBrushes.Gray, new XPoint(Margin, box.Bottom));
        var (first, last) = (points.Min(p => p.Day.DayNumber), points.Max(p => p.Day.DayNumber));
        XPoint At((DateOnly Day, double Value) p) => new(
            box.Left + (last == first ? box.Width / 2 : (p.Day.DayNumber - first) / (double)(last - first) * box.Width),
            box.Bottom - ((p.Value - lowest) / (highest > lowest ? highest - lowest : 1) * box.Height));
        var at = points.OrderBy(p => p.Day).Select(At).ToArray();
        if (at.Length > 1)
        {
            page.DrawLines(Trace, at);
        }

        foreach (var point in at)
        {
            page.DrawEllipse(XBrushes.SteelBlue, point.X - 2.5, point.Y - 2.5, 5, 5);
        }

        page.DrawString(DateOnly.FromDayNumber(first).ToString("d MMM yyyy", CultureInfo.InvariantCulture), Small, XBrushes.Gray, new XPoint(box.Left, box.Bottom + 10));
        var end = DateOnly.FromDayNumber(last).ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        page.DrawString(end, Small, XBrushes.Gray, new XPoint(box.Right - page.MeasureString(end, Small).Width, box.Bottom + 10));
        y = box.Bottom + 16;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        page?.Dispose();
        document.Dispose();
    }

    private void Write(string text, XFont font, double spaceBefore)
    {
        var lineHeight = font.GetHeight() * 1.2;
        y += spaceBefore;
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            foreach (var line in Wrap(paragraph, font))
            {
                if (page is null || y + lineHeight > page.PageSize.Height - Margin)
                {
                    NewPage();
                }

                page!.DrawString(line, font, XBrushes.Black, new XPoint(Margin, y + font.GetHeight()));
                y += lineHeight;
            }
        }
    }

    private IEnumerable<string> Wrap(string paragraph, XFont font)
    {
        var width = XUnit.FromMillimeter(210).Point - (2 * Margin);
        var measure = page ?? XGraphics.CreateMeasureContext(new XSize(width, 1000), XGraphicsUnit.Point, XPageDirection.Downwards);
        var line = "";
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && measure.MeasureString(candidate, font).Width > width)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        yield return line;
    }

    private void NewPage()
    {
        page?.Dispose();
        var pdfPage = document.AddPage();
        pdfPage.Size = PdfSharp.PageSize.A4;
        page = XGraphics.FromPdfPage(pdfPage);
        y = Margin;
    }
}
