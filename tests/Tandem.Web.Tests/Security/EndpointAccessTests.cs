using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Security;

public abstract partial class EndpointAccessTests(TandemApp app)
{
    /// <summary>Written out here on purpose, never derived from the app's [AllowAnonymous] markers.</summary>
    private static readonly HashSet<string> Anonymous =
    [
        "Account/Login", "Account/SecondFactor", "Account/Invitation/{token}", "Account/Join/{token}", "Account/ForgotPassword", "Account/Reset/{userId:guid}/{token}", "Error", "Status",
        "p/{slug}/book", "p/{slug}/booking/{token}", "p/{slug}/booking/{token}/move", "calendar/{token}.ics",
    ];

    [Fact]
    public async Task Every_endpoint_needs_sign_in_unless_it_is_on_the_allowlist()
    {
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? "")
            .Distinct()
            .ToList();
        Assert.Contains("Cases/{id:guid}/Move", routes);

        var anonymous = app.NewSession();
        foreach (var route in routes)
        {
            var url = "/" + Concrete(route);
            Assert.DoesNotContain('{', url);
            var page = await anonymous.GetAsync(url);
            if (Anonymous.Contains(route))
            {
                // Open to everyone; an unknown booking token is simply not found.
                Assert.True(page.Status is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{url} should be open to everyone, answered {(int)page.Status}");
                Assert.False(page.Location?.Contains("/Account/Login", StringComparison.Ordinal) ?? false);
            }
            else
            {
                Assert.True(page.Status == HttpStatusCode.Redirect && page.Location!.Contains("/Account/Login", StringComparison.Ordinal),
                    $"{url} answered {(int)page.Status} to someone not signed in");
            }
        }
    }

    [Fact]
    public async Task Every_signed_in_page_carries_the_security_headers_and_is_never_cached()
    {
        foreach (var persona in new[] { "sam", "maya", "admin", "jordan", "tom" })
        {
            var visits = await SiteCrawler.CrawlAsync(await app.As(app.Demo.Emails[persona]));
            Assert.True(visits.Count > 5, $"{persona} was shown only {visits.Count} pages");
            foreach (var (url, page) in visits)
            {
                var headers = page.Response.Headers;
                var csp = string.Join(' ', headers.GetValues("Content-Security-Policy"));
                Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
                Assert.Contains("base-uri 'none'", csp, StringComparison.Ordinal);
                Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
                Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
                Assert.Equal("nosniff", headers.GetValues("X-Content-Type-Options").Single());
                Assert.Equal("no-referrer", headers.GetValues("Referrer-Policy").Single());
                Assert.StartsWith("max-age=", headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
                Assert.True(headers.CacheControl?.NoStore, $"{url} may be cached");
            }
        }
    }

    [Fact]
    public async Task Another_practices_staff_get_not_found_for_every_page_with_an_id_this_practice_shows()
    {
        var withIds = new List<string>();
        foreach (var persona in new[] { "sam", "maya" })
        {
            withIds.AddRange((await SiteCrawler.CrawlAsync(await app.As(app.Demo.Emails[persona])))
                .Where(v => v.Page.Status == HttpStatusCode.OK && SiteCrawler.Ids().IsMatch(v.Url))
                .Select(v => v.Url));
        }

        Assert.True(withIds.Count > 10, $"only {withIds.Count} pages with ids were found");
        foreach (var persona in new[] { "sam", "maya", "admin" })
        {
            var elsewhere = await app.As(app.Other.Emails[persona]);
            foreach (var url in withIds.Distinct())
            {
                Assert.True((await elsewhere.GetAsync(url)).Status == HttpStatusCode.NotFound, $"another practice's {persona} opened {url}");
            }
        }
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_writes_nothing()
    {
        var sam = await app.As(app.Demo.Emails["sam"]);
        var caseId = app.Demo.Cases["couple"];
        var response = await sam.PostAsync($"/Cases/{caseId}?handler=Note", [new("Note.Text", "Posted from another site")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await sam.GetAsync($"/Cases/{caseId}");
        Assert.DoesNotContain("Posted from another site", page.Text, StringComparison.Ordinal);
    }

    /// <summary>The route with each parameter filled in the way its constraint asks, so the request reaches that page.</summary>
    private static string Concrete(string route) => Parameter().Replace(route, m => m.Groups["constraint"].Value switch
    {
        "guid" => Guid.NewGuid().ToString(),
        "int" => "1",
        _ when m.Groups["name"].Value == "slug" => "demo",
        _ => "some-token",
    });

    [GeneratedRegex(@"\{(?<name>[a-zA-Z]+)(:(?<constraint>[a-z]+))?\??\}")]
    private static partial Regex Parameter();
}

[Collection(SqliteApp.Collection)]
public sealed class EndpointAccessTests_Sqlite(SqliteApp app) : EndpointAccessTests(app);

[Collection(PostgresApp.Collection)]
public sealed class EndpointAccessTests_Postgres(PostgresApp app) : EndpointAccessTests(app);
