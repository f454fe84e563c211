using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Core.Audit;
using Tandem.Core.Practices;
using Tandem.Data.Audit;

namespace Tandem.Web.Tests.Infrastructure;

/// <summary>A practice of its own per audit test, so tampering with its chain disturbs no other test.</summary>
public static class AuditChains
{
    public static async Task<Guid> PracticeWithAuditEntriesAsync(this TandemApp app, int entries)
    {
        var practice = new Practice { Slug = "audit-" + Guid.NewGuid().ToString("N")[..12], Name = "Audit test", TimeZoneId = "UTC" };
        await app.InDatabaseAsync(db =>
        {
            db.Practices.Add(practice);
            return db.SaveChangesAsync();
        });
        for (var i = 0; i < entries; i++)
        {
            await app.AppendAuditEntryAsync(practice.Id, i);
        }

        return practice.Id;
    }

    public static Task AppendAuditEntryAsync(this TandemApp app, Guid practice, int i) =>
        app.Services.AppendAuditEntryAsync(practice, i);

    /// <param name="services">The services of the app, or of a restarted one.</param>
    public static async Task AppendAuditEntryAsync(this IServiceProvider services, Guid practice, int i)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordReadAsync([new AuditEntry(
            AuditCode.Client_Viewed, practice, Guid.NewGuid(), Guid.NewGuid(), "Client", "entry-" + i)]);
    }

    public static async Task<AuditVerification> VerifyAuditAsync(this TandemApp app, Guid practice)
    {
        AuditVerification? result = null;
        await app.InScopeAsync(async services => result = await services.GetRequiredService<AuditVerifier>().VerifyAsync(practice));
        return result!;
    }

    /// <summary>Deletes the newest entries of the practice's chain behind the app's back, as someone with database access could.</summary>
    /// <returns>The sequence of the newest entry before the cut.</returns>
    public static async Task<long> CutAuditTailAsync(this TandemApp app, Guid practice, int entries)
    {
        var newest = await app.InDatabaseAsync(db => db.AuditEvents.Where(e => e.PracticeId == practice).MaxAsync(e => e.Sequence));
        var keep = newest - entries;
        await app.InDatabaseAsync(db => db.Database.ExecuteSqlAsync(
            $"DELETE FROM \"AuditEvents\" WHERE \"PracticeId\" = {practice} AND \"Sequence\" > {keep}"));
        return newest;
    }

    public static Task<int> AuditBreakEntriesAsync(this TandemApp app, Guid practice) =>
        app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.PracticeId == practice && AuditContinuity.BreakCodes.Contains(e.Code)));

    public static string AuditHeadFile(this TandemApp app, Guid practice) => Path.Combine(app.Folder, "audit-heads", practice.ToString("N") + ".head");
}
