using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Security;

public abstract class EndpointAccessTests(TandemApp app)
{
    /// <summary>Written out here on purpose, never derived from the app's [AllowAnonymous] markers.</summary>
    private static readonly HashSet<string> Anonymous =
    [
        "Account/Login", "Account/Invitation/{token}", "Error", "Status",
        "p/{slug}/book", "p/{slug}/booking/{token}", "p/{slug}/booking/{token}/move",
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
            var url = "/" + route.Replace("{id:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
                .Replace("{token}", "some-token", StringComparison.Ordinal)
                .Replace("{slug}", "demo", StringComparison.Ordinal);
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
    public async Task Signed_in_pages_carry_the_security_headers_and_are_never_cached()
    {
        var page = await (await app.As(app.Demo.Emails["sam"])).GetAsync("/Dashboard");
        var headers = page.Response.Headers;
        var csp = string.Join(' ', headers.GetValues("Content-Security-Policy"));
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("base-uri 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", headers.GetValues("Referrer-Policy").Single());
        Assert.StartsWith("max-age=", headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.True(headers.CacheControl?.NoStore);
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
}

[Collection(SqliteApp.Collection)]
public sealed class EndpointAccessTests_Sqlite(SqliteApp app) : EndpointAccessTests(app);

[Collection(PostgresApp.Collection)]
public sealed class EndpointAccessTests_Postgres(PostgresApp app) : EndpointAccessTests(app);
