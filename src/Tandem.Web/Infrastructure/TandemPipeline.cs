using Tandem.Web.Infrastructure.Identity;

namespace Tandem.Web.Infrastructure;

public static class TandemPipeline
{
    public static WebApplication UseTandem(this WebApplication app)
    {
        // Production-style errors everywhere: no stack traces reach a browser.
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Status", "?code={0}");
        app.UseSecurityHeaders();
        app.UseCookiePolicy(new CookiePolicyOptions
        {
            Secure = CookieSecurePolicy.Always,
            HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.Always,
            MinimumSameSitePolicy = SameSiteMode.Lax,
        });
        app.UseStaticFiles();
        app.UseUtf8Forms();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseTwoFactorFirst();
        app.UseAuthorization();
        app.MapRazorPages();
        return app;
    }
}
