using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Data.Audit;
using Tandem.Web.Demo;

namespace Tandem.Web.Infrastructure;

/// <summary>
/// The app's operating verbs, run instead of serving:
/// <c>migrate</c>, <c>seed-demo</c> (only into an empty database) and <c>audit verify</c>.
/// </summary>
public sealed record AppCommand(string? Verb, string[] HostArgs)
{
    private static readonly string[] Verbs = ["migrate", "seed-demo", "audit"];

    public static AppCommand Parse(string[] args)
    {
        if (args.Length == 0 || !Verbs.Contains(args[0]))
        {
            return new(null, args);
        }

        var verb = args[0] == "audit" && args.Length > 1 ? "audit " + args[1] : args[0];
        var rest = args.Skip(args[0] == "audit" ? 2 : 1).ToArray();
        return new(verb, rest);
    }

    public async Task<int> RunAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        switch (Verb)
        {
            case "migrate":
                await services.GetRequiredService<TandemDbContext>().Database.MigrateAsync();
                Console.WriteLine("Database is up to date.");
                return 0;
            case "seed-demo":
                await DemoPractice.SeedIfEmptyAsync(services, Console.Out);
                return 0;
            case "audit verify":
                return await VerifyAuditAsync(services.GetRequiredService<AuditVerifier>());
            default:
                await Console.Error.WriteLineAsync($"Unknown command '{Verb}'. Commands: migrate, seed-demo, audit verify.");
                return 2;
        }
    }

    private static async Task<int> VerifyAuditAsync(AuditVerifier verifier)
    {
        var broken = 0;
        foreach (var practice in await verifier.VerifyAllAsync())
        {
            Console.WriteLine($"{practice.PracticeSlug}: {(practice.Result.IsIntact ? "ok" : "BROKEN")} - {practice.Result.Message}");
            broken += practice.Result.IsIntact ? 0 : 1;
        }

        return broken == 0 ? 0 : 1;
    }
}
