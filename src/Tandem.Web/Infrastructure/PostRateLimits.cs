using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Tandem.Web.Infrastructure;

/// <summary>Per-address limits on the forms anyone can post: sign-in (on top of account lockout) and public booking.</summary>
public static class PostRateLimits
{
    public const string SignIn = "sign-in";
    public const string Booking = "booking";

    public static IServiceCollection AddPostRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var signInsPerMinute = configuration.GetValue("SignIn:AttemptsPerMinutePerAddress", 10);
        var bookingsPerHour = configuration.GetValue("Booking:PostsPerHourPerAddress", 10);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignIn, context => PostsPerAddress(context, signInsPerMinute, TimeSpan.FromMinutes(1)));
            options.AddPolicy(Booking, context => PostsPerAddress(context, bookingsPerHour, TimeSpan.FromHours(1)));
        });
        return services;
    }

    private static RateLimitPartition<string> PostsPerAddress(HttpContext context, int permits, TimeSpan window)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("reads");
        }

        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
        });
    }
}
