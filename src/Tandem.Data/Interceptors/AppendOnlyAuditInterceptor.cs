using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Tandem.Core.Audit;

namespace Tandem.Data.Interceptors;

/// <summary>The audit log only grows: the application refuses to save a change to, or the removal of, any entry.</summary>
public sealed class AppendOnlyAuditInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Refuse(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Refuse(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Refuse(DbContext? context)
    {
        if (context?.ChangeTracker.Entries<AuditEvent>().FirstOrDefault(e => e.State is EntityState.Modified or EntityState.Deleted) is { } entry)
        {
            throw new InvalidOperationException($"Audit entries are append-only; entry {entry.Entity.Sequence} cannot be {(entry.State == EntityState.Deleted ? "deleted" : "changed")}.");
        }
    }
}
