using Microsoft.EntityFrameworkCore;
using Tandem.Core;
using Tandem.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Infrastructure.Email;

namespace Tandem.Web.Pages.Measures;

/// <summary>
/// Emails each client once for what has opened in their portal, one message for all that opened together, practice by
/// practice. The message says nothing of what or why: it may be read by anyone who sees the inbox.
/// </summary>
public sealed class OpenedReminders(TandemDbContext db, Mailer mailer, PublicLinks links, TimeProvider clock)
{
    /// <param name="open">What is open and not yet reminded in a practice: due by the first day, and not before the second.</param>
    public async Task<int> SendAsync<T>(Func<Guid, DateOnly, DateOnly, IQueryable<T>> open, string subject, string ask, string signIn, CancellationToken cancellationToken)
        where T : class, IRemindedOnce
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var sent = 0;
        foreach (var practice in await db.Practices.AsNoTracking().Select(p => new { p.Id, p.AnswerOpensDaysBefore }).ToListAsync(cancellationToken))
        {
            var today = await db.PracticeTodayAsync(practice.Id, clock);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var opened = await open(practice.Id, today.AddDays(practice.AnswerOpensDaysBefore), today.AddDays(-7)).ToListAsync(cancellationToken);
            var clientIds = opened.Select(o => o.ClientId).Distinct().ToList();
            var clients = await db.Clients.AsNoTracking().Where(c => c.PracticeId == practice.Id && clientIds.Contains(c.Id))
                .Select(c => new { c.Id, c.FirstName, c.Email }).ToListAsync(cancellationToken);
            foreach (var client in clients)
            {
                mailer.SendAfterCommit(client.FirstName, client.Email, subject, $"Hello {client.FirstName},\n\n{ask}\n\n{signIn}: {links.Page("/Portal/Index")}\n");
                sent++;
            }

            opened.ForEach(o => o.RemindedAt = now);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return sent;
    }
}
