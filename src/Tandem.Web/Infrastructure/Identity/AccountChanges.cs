using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Tandem.Core.Clients;
using Tandem.Core.Practices;
using Tandem.Data;
using Tandem.Data.Identity;

namespace Tandem.Web.Infrastructure.Identity;

/// <summary>
/// Watches every save for a change to what a session cookie says about a person (their account, which Identity touches
/// on every change it makes, their roles and claims, the client record their login belongs to, their practice's
/// two-factor requirement) and has the <see cref="SessionCheck"/> forget them once the change has committed. Watching
/// the saves rather than the pages covers whatever page or command makes the change, including ones written later.
/// </summary>
public sealed class AccountChanges(SessionCheck sessions, AfterCommit afterCommit) : SaveChangesInterceptor
{
    private readonly HashSet<Guid> people = [];
    private bool everyone;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            var changed = entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted;
            switch (entry.Entity)
            {
                case TandemUser user when entry.State is EntityState.Modified or EntityState.Deleted:
                    people.Add(user.Id);
                    break;
                case IdentityUserRole<Guid> role when changed:
                    people.Add(role.UserId);
                    break;
                case IdentityUserClaim<Guid> claim when changed:
                    people.Add(claim.UserId);
                    break;
                case IdentityRole<Guid> or IdentityRoleClaim<Guid> when changed:
                    everyone = true;
                    break;
                case Practice when entry.State == EntityState.Modified && entry.Property(nameof(Practice.RequiresStaffTwoFactor)).IsModified:
                    everyone = true;
                    break;
                case Client when entry.State == EntityState.Modified && entry.Property(nameof(Client.UserId)) is { IsModified: true } login:
                    foreach (var id in new[] { login.OriginalValue, login.CurrentValue }.OfType<Guid>())
                    {
                        people.Add(id);
                    }

                    break;
            }
        }
    }

    /// <summary>Forgets now if the save has committed, or after the commit of the transaction it is part of.</summary>
    private void Release(DbContext? context)
    {
        if (people.Count == 0 && !everyone)
        {
            return;
        }

        var (forget, all) = (people.ToList(), everyone);
        people.Clear();
        everyone = false;
        void Run()
        {
            if (all)
            {
                sessions.ForgetEveryone();
            }

            forget.ForEach(sessions.Forget);
        }

        if (context?.Database.CurrentTransaction is null)
        {
            Run();
        }
        else
        {
            afterCommit.Add("end the sessions the change concerns", () =>
            {
                Run();
                return Task.CompletedTask;
            });
        }
    }
}
