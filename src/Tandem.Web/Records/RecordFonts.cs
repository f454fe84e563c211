using PdfSharp.Fonts;
using PdfSharp.WPFonts;

namespace Tandem.Web.Records;

/// <summary>Every face the record uses, served from the Segoe WP fonts that PDFsharp ships.</summary>
public sealed class RecordFonts : IFontResolver
{
    public const string Family = "Segoe WP";

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "SegoeWPBold" : "SegoeWP", mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName) => faceName == "SegoeWPBold" ? FontDataHelper.SegoeWPBold : FontDataHelper.SegoeWP;
}
