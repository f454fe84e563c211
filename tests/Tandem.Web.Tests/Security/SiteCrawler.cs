using System.Net;
using System.Text.RegularExpressions;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Security;

/// <summary>
/// Follows every same-site link a signed-in person is shown, from the home page, the way someone clicking through the app
/// would: so checks over "every page" reach each page with real ids, including pages added after the check was written.
/// </summary>
public static partial class SiteCrawler
{
    /// <summary>Pages of one shape (the same path but for its ids) visited at most this often, so one long list cannot crowd out the rest.</summary>
    public const int PerShape = 3;

    public sealed record Visit(string Url, PageSession.Page Page);

    /// <param name="visited">Runs after each page is fetched, before the next, so a check can see what that page alone did.</param>
    /// <param name="perShape">How many pages of one shape to visit, e.g. more case pages to reach every stage a case can be in.</param>
    public static async Task<List<Visit>> CrawlAsync(PageSession session, int limit = 120, Func<Visit, Task>? visited = null, int perShape = PerShape)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var shapes = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/"]);
        var visits = new List<Visit>();
        void Follow(string from, string href)
        {
            if (Local(from, href) is { } next && seen.Add(next))
            {
                var shape = Ids().Replace(next, "{id}");
                if (shapes.GetValueOrDefault(shape) < perShape)
                {
                    shapes[shape] = shapes.GetValueOrDefault(shape) + 1;
                    queue.Enqueue(next);
                }
            }
        }

        while (queue.Count > 0 && visits.Count < limit)
        {
            var url = queue.Dequeue();
            var page = await session.GetAsync(url);
            visits.Add(new Visit(url, page));
            if (visited is not null)
            {
                await visited(visits[^1]);
            }

            if (page.Status == HttpStatusCode.Redirect && page.Location is { } location)
            {
                Follow(url, location);
            }

            if (page.Status != HttpStatusCode.OK || page.Response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            // A prepared record's download link works once: following it would spend the owner's file (RecordExportTests fetch them).
            foreach (var link in page.Document.QuerySelectorAll("a[href]:not([data-download])").Select(a => a.GetAttribute("href")!))
            {
                Follow(url, link);
            }
        }

        return visits;
    }

    /// <summary>The link as a site path, or null for other sites, fragments, static files and the public booking pages.</summary>
    private static string? Local(string from, string href)
    {
        var target = new Uri(new Uri(new Uri("https://localhost"), from), href);
        if (target.Host != "localhost" || target.AbsolutePath.StartsWith("/p/", StringComparison.Ordinal)
            || Path.HasExtension(target.AbsolutePath))
        {
            return null;
        }

        return target.PathAndQuery;
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    public static partial Regex Ids();
}
