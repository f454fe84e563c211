using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Tandem.Core.Cases;
using Tandem.Data;
using Tandem.Web.Demo;

namespace Tandem.Web.LargePractice;

/// <summary>
/// <c>seed-large</c>: generates a large, realistic practice for load tests and benchmarks, the same for the same seed.
/// It writes only into a database that holds no practice, so it never lands beside a real practice's records.
/// </summary>
public static class LargePracticeSeed
{
    /// <summary>Clients per saved batch: large enough to save quickly, small enough to keep memory flat.</summary>
    private const int ClientsPerBatch = 500;

    public static async Task<int> RunAsync(IServiceProvider services, LargePracticeOptions options, TextWriter output, TextWriter errors)
    {
        var db = services.GetRequiredService<TandemDbContext>();
        if (await HoldsAPracticeAsync(db))
        {
            await errors.WriteLineAsync("The database already holds a practice: seed-large writes only into an empty database, never beside a real practice. Nothing was written.");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        await db.Database.MigrateAsync();
        var (generation, logins) = await PracticeSetup.CreateAsync(services, options);
        await output.WriteLineAsync($"Generating practice '{LargePracticeOptions.Slug}': {options.Clients} clients, seed {options.Seed}, today {generation.Today:yyyy-MM-dd}.");
        var cases = new CaseWriter(generation, logins);
        var intakes = new IntakeWriter(generation);
        var series = new SeriesWriter(generation);
        var measures = new MeasuresWriter(generation);
        var between = new BetweenSessionsWriter(generation);
        var saved = 0;
        for (var i = 0; generation.Tally.Clients < options.Clients; i++)
        {
            // One case in nine is a couple, so a fifth of the clients are in couples.
            var kind = i % 9 == 4 && options.Clients - generation.Tally.Clients >= 2 ? CaseKind.Couple : CaseKind.Individual;
            var generated = cases.Write(kind);
            intakes.Write(generated);
            var (planned, given) = series.Write(generated);
            measures.Write(generated, planned);
            between.Write(generated, given);
            if (generation.Tally.Clients - saved >= ClientsPerBatch || generation.Tally.Clients >= options.Clients)
            {
                await generation.SaveAsync();
                saved = generation.Tally.Clients;
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  clients {saved}/{options.Clients}, cases {generation.Tally.Cases}, item answers {generation.Tally.ItemAnswers}, audit entries {generation.Tally.AuditEntries} ({clock.Elapsed.TotalSeconds:0.0} s)"));
            }
        }

        await db.Database.AnalyseAsync();
        await LargePracticeSummary.WriteAsync(db, generation, output, clock.Elapsed);
        return 0;
    }

    /// <summary>Asked before migrating, so a refused database is not touched at all; a database not yet created holds nothing.</summary>
    private static async Task<bool> HoldsAPracticeAsync(TandemDbContext db) =>
        await db.GetService<IRelationalDatabaseCreator>().ExistsAsync()
        && (await db.Database.GetAppliedMigrationsAsync()).Any()
        && await db.Practices.AnyAsync();
}
