using Tandem.Web.Authorization;

namespace Tandem.Web.Infrastructure.Identity;

/// <summary>
/// A staff member whose practice requires two-factor sign-in and who has not set it up is signed in to do that alone:
/// every other page sends them to set it up. Signing out and the error pages stay open.
/// </summary>
public static class TwoFactorFirst
{
    public const string SetUpPage = "/Account/TwoFactor";

    private static readonly PathString[] Open = [SetUpPage, "/Account/Logout", "/Error", "/Status"];

    public static IApplicationBuilder UseTwoFactorFirst(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.HasClaim(c => c.Type == TandemClaims.MustSetUpTwoFactor)
            && !Open.Any(path => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect(SetUpPage);
            return;
        }

        await next();
    });
}
