using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Tandem.Data;
using Tandem.Data.Identity;

namespace Tandem.Web.Infrastructure.Identity;

public static class IdentitySetup
{
    public const string ApplicationCookieName = "__Host-Tandem";

    /// <summary>Idle sign-out (HIPAA automatic logoff); the cookie slides while the person works.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    /// <summary>However active, a session ends this long after sign-in.</summary>
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromHours(12);

    private const string AbsoluteExpiryItem = "tandem.absolute-expiry";

    public static IServiceCollection AddTandemIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<TandemUser, IdentityRole<Guid>>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<TandemDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneUseAuthenticator>(TokenOptions.DefaultAuthenticatorProvider)
            .AddClaimsPrincipalFactory<TandemClaimsFactory>()
            .AddPasswordValidator<CommonPasswordValidator<TandemUser>>();

        services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordWorkFactor);
        services.AddSingleton<DecoyPassword>();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = PasswordResetLifetime);

        // Identity's stamp check runs whenever the session check asks for it: only when it cannot vouch for a cookie.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.AddSingleton<SessionCheck>();
        services.AddScoped<AccountChanges>();
        services.ConfigureDbContext<TandemDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<AccountChanges>()));

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = ApplicationCookieName;
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = IdleTimeout;
            options.SlidingExpiration = true;
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.Events.OnRedirectToAccessDenied = context =>
            {
                // A denial looks exactly like a miss.
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            };
            options.Events.OnSigningIn = context =>
            {
                var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
                context.Properties.Items[AbsoluteExpiryItem] = (clock.GetUtcNow() + AbsoluteLifetime).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            };
            options.Events.OnValidatePrincipal = async context =>
            {
                var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
                if (!context.Properties.Items.TryGetValue(AbsoluteExpiryItem, out var expiry)
                    || !long.TryParse(expiry, out var seconds)
                    || clock.GetUtcNow().ToUnixTimeSeconds() >= seconds)
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                await context.HttpContext.RequestServices.GetRequiredService<SessionCheck>().ValidateAsync(context);
            };
        });

        foreach (var scheme in new[] { IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme, IdentityConstants.ExternalScheme })
        {
            services.Configure<CookieAuthenticationOptions>(scheme, options =>
            {
                options.Cookie.Name = "__Host-Tandem." + scheme.Split('.')[^1];
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
            });
        }

        return services;
    }

    /// <summary>How long an emailed password-reset link works; using it changes the security stamp, so it works once.</summary>
    public static readonly TimeSpan PasswordResetLifetime = TimeSpan.FromHours(1);

    /// <summary>PBKDF2-HMAC-SHA512 iterations: OWASP's 2023 figure, twice Identity's default.</summary>
    public const int PasswordWorkFactor = 210_000;
}
