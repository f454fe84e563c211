namespace Tandem.Web.Infrastructure;

/// <summary>The browser-side promises of SECURITY.md: CSP, nosniff, referrer policy, HSTS, and no caching of pages.</summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                if (context.Request.IsHttps)
                {
                    headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
                }

                if (!IsStaticFile(context))
                {
                    headers.CacheControl = "no-store";
                    headers.Pragma = "no-cache";
                }

                return Task.CompletedTask;
            });
            await next();
        });

    private static bool IsStaticFile(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/css") || context.Request.Path.StartsWithSegments("/js")
        || context.Request.Path.StartsWithSegments("/lib") || context.Request.Path.StartsWithSegments("/favicon.ico");
}
