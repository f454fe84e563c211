using Tandem.Core.Cases;
using Tandem.Web.Tests.Infrastructure;
using static Tandem.Web.Tests.RippleMap.MapForm;

namespace Tandem.Web.Tests.Security;

/// <summary>
/// Text a person typed and the app later draws is stored as typed and rendered inert. The journal's Markdown has its own
/// corpus (JournalTests); here are the plain-text fields drawn into markup of another kind, such as the relationship
/// map's labels, which go into SVG.
/// </summary>
public abstract class StoredXssTests(TandemApp app)
{
    /// <summary>Each at most 60 characters and none looking like contact details, so the map keeps them as labels.</summary>
    public static readonly string[] Corpus =
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>", "</text><script>alert(1)</script>",
        "</title><a xlink:href='javascript:alert(1)'>x</a>", "<foreignObject><iframe src=javascript:alert(1)>", "]]><![CDATA[<script>",
        "' onmouseover='alert(1)", "&lt;b&gt;already encoded", "<style>*{display:none}</style>",
    ];

    [Fact]
    public async Task Map_labels_are_drawn_into_the_picture_and_the_table_as_text_never_as_markup()
    {
        var (_, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var ari = await app.SignInAsync(a.Email);
        var map = await DrawnAsync(ari, "OnlyMe", [.. Corpus.Select((label, i) => (i, new Row(label, "Friend", "Middle", "4", "Supportive")))]);

        foreach (var url in new[] { $"/Portal/RippleMap/{map}", "/Portal/RippleMap", $"/Portal/Sharing/MapSnapshot/{map}" })
        {
            var page = await ari.GetAsync(url);
            var main = page.Document.QuerySelector("main") ?? page.Document.Body!;
            Assert.Empty(main.QuerySelectorAll("script, img, iframe, style, foreignObject, a[href^='javascript'], svg svg"));
            Assert.All(main.QuerySelectorAll("*"), element => Assert.DoesNotContain(element.Attributes, attribute =>
                attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attribute.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase)));
        }

        // The labels are there, as text: in each person's title in the picture and in the table.
        var shown = await ari.GetAsync($"/Portal/RippleMap/{map}");
        var titles = shown.Document.QuerySelectorAll("g.person > title").Select(t => t.TextContent).ToList();
        var rows = shown.Document.QuerySelectorAll("table.map-people th[scope=row]").Select(t => t.TextContent).ToList();
        foreach (var label in Corpus)
        {
            Assert.Contains(titles, t => t.StartsWith(label + ":", StringComparison.Ordinal));
            Assert.Contains(label, rows);
        }
    }
}

[Collection(SqliteApp.Collection)]
public sealed class StoredXssTests_Sqlite(SqliteApp app) : StoredXssTests(app);

[Collection(PostgresApp.Collection)]
public sealed class StoredXssTests_Postgres(PostgresApp app) : StoredXssTests(app);
