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

    public static Task AppendAuditEntryAsync(this TandemApp app, Guid practice, int i) => app.InScopeAsync(services =>
        services.GetRequiredService<AuditLog>().AppendAsync(new AuditEntry(
            AuditCode.Client_Viewed, practice, Guid.NewGuid(), Guid.NewGuid(), "Client", "entry-" + i)));
}
