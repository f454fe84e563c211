using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Data;
using Tandem.Data.Audit;
using Tandem.Data.Backup;
using Tandem.Web.Demo;
using Tandem.Web.LargePractice;

namespace Tandem.Web.Infrastructure;

/// <summary>
/// The app's operating verbs, run instead of serving:
/// <c>migrate</c>, <c>seed-demo</c> (only into an empty database), <c>seed-large [--clients N] [--seed S]</c> (a generated
/// practice of N clients, only into an empty database), <c>audit verify</c>, <c>backup FILE</c> and <c>restore FILE</c>
/// (with the app stopped; it marks the restore in each practice's audit log).
/// </summary>
public sealed record AppCommand(string? Verb, string[] HostArgs)
{
    private static readonly string[] Verbs = ["migrate", "seed-demo", "seed-large", "audit", "backup", "restore"];

    public static AppCommand Parse(string[] args)
    {
        if (args.Length == 0 || !Verbs.Contains(args[0]))
        {
            return new(null, args);
        }

        var verb = args[0] == "audit" && args.Length > 1 ? "audit " + args[1] : args[0];
        var rest = args.Skip(args[0] == "audit" ? 2 : 1).ToArray();
        if (verb is "backup" or "restore" && rest.Length > 0 && !rest[0].StartsWith('-'))
        {
            return new(verb, rest[1..]) { File = rest[0] };
        }

        if (verb == "seed-large")
        {
            var (options, hostArgs, problem) = LargePracticeOptions.Parse(rest);
            return new(verb, hostArgs) { LargePractice = options, Problem = problem };
        }

        return new(verb, rest);
    }

    /// <summary>The backup file of <c>backup</c> and <c>restore</c>.</summary>
    public string? File { get; private init; }

    /// <summary>The size and seed of <c>seed-large</c>.</summary>
    public LargePracticeOptions? LargePractice { get; private init; }

    /// <summary>Why the verb's arguments cannot be used, if they cannot.</summary>
    public string? Problem { get; private init; }

    public async Task<int> RunAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        switch (Verb)
        {
            case "migrate":
                var database = services.GetRequiredService<TandemDbContext>().Database;
                await database.MigrateAsync();
                await database.RefreshAsync();
                Console.WriteLine("Database is up to date.");
                return 0;
            case "seed-demo":
                await DemoPractice.SeedIfEmptyAsync(services, Console.Out);
                return 0;
            case "seed-large" when Problem is not null:
                await Console.Error.WriteLineAsync($"{Problem} Usage: seed-large [--clients N] [--seed S].");
                return 2;
            case "seed-large":
                return await LargePracticeSeed.RunAsync(services, LargePractice!, Console.Out, Console.Error);
            case "audit verify":
                return await VerifyAuditAsync(services.GetRequiredService<AuditVerifier>());
            case "backup" or "restore" when File is not null:
                return await BackupOrRestoreAsync(app.Configuration, services);
            default:
                await Console.Error.WriteLineAsync($"Unknown command '{Verb}'. Commands: migrate, seed-demo, seed-large [--clients N] [--seed S], audit verify, backup FILE, restore FILE.");
                return 2;
        }
    }

    private async Task<int> BackupOrRestoreAsync(IConfiguration configuration, IServiceProvider services)
    {
        var (provider, connectionString) = DatabaseSettings.From(configuration);
        var backup = new DatabaseBackup(provider, connectionString, configuration["Backup:PostgresBin"]);
        if (Verb == "backup")
        {
            await backup.BackupAsync(File!);
            Console.WriteLine($"Backed up the {provider} database to {File}.");
            return 0;
        }

        if (!services.GetRequiredService<AuditKeyring>().TryGetChain(out _, out var keyProblem))
        {
            await Console.Error.WriteLineAsync($"Nothing was restored. {keyProblem}");
            return 1;
        }

        await backup.RestoreAsync(File!);
        await services.GetRequiredService<TandemDbContext>().Database.AnalyseAsync();
        Console.WriteLine($"Restored the {provider} database from {File}.");
        await RecordRestoreAsync(services);
        return 0;
    }

    /// <summary>Each practice's log says the restore happened and from which entry, so verify explains the gap.</summary>
    private static async Task RecordRestoreAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<TandemDbContext>();
        var log = services.GetRequiredService<AuditLog>();
        var practices = await db.Practices.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Slug);
        var logged = await db.AuditEvents.AsNoTracking().Select(e => e.PracticeId).Distinct().ToListAsync();
        var recorded = services.GetRequiredService<AuditHeadStore>().Practices();

        // A log whose practice row is gone cannot take an entry; verify reports it as it stands.
        foreach (var practice in logged.Union(recorded).Where(practices.ContainsKey).OrderBy(id => practices[id], StringComparer.Ordinal))
        {
            var marker = await log.RecordRestoreAsync(practice);
            Console.WriteLine($"{practices[practice]}: audit log restored {AuditContinuity.Describe(marker)}; marked at entry {marker.Sequence}.");
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
