using System.Collections.Concurrent;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Browser.Tests.Infrastructure;

/// <summary>
/// The authenticator apps of the journeys' people: the demo prescriber's, with the key the README lists, and any a
/// journey sets up on its server and keeps itself. Each step's code is typed once, as the server takes each only once.
/// </summary>
public static class DemoAuthenticator
{
    public const string MayasKey = "TANDEMDEMOKEYFORMAYAOKAFOR234567";
    private const string Maya = "maya@demo.tandem.test";

    private static readonly ConcurrentDictionary<(Uri Server, string Email), long> LastTyped = new();

    public static string? KeyOf(string email) => email == Maya ? MayasKey : null;

    public static async Task<string> NextCodeAsync(Uri server, string email, string key)
    {
        var step = await Totp.NextStepAsync(() => DateTimeOffset.UtcNow, LastTyped.TryGetValue((server, email), out var last) ? last : null);
        LastTyped[(server, email)] = step;
        return Totp.CodeAt(key, step);
    }
}
