using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Infrastructure.Email;

namespace Tandem.Web.Pages.Measures;

/// <summary>
/// Emails each client once for maps that have opened, as <see cref="QuestionnaireReminders"/> does for questionnaires. The
/// message says nothing of a map or of care: it may be read by anyone who sees the inbox.
/// </summary>
public sealed class MapReminders(TandemDbContext db, Mailer mailer, PublicLinks links, TimeProvider clock)
{
    public const string Subject = "Something to do in your Tandem portal";

    public async Task<int> SendAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var sent = 0;
        foreach (var practice in await db.Practices.AsNoTracking().Select(p => new { p.Id, p.AnswerOpensDaysBefore }).ToListAsync(cancellationToken))
        {
            var practiceId = practice.Id;
            var today = await db.PracticeTodayAsync(practiceId, clock);
            var opensBy = today.AddDays(practice.AnswerOpensDaysBefore);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var open = await db.ScheduledMaps
                .Where(m => m.PracticeId == practiceId && m.SnapshotId == null && m.RemindedAt == null && m.DueOn <= opensBy && m.DueOn >= today.AddDays(-7))
                .ToListAsync(cancellationToken);
            var clientIds = open.Select(m => m.ClientId).Distinct().ToList();
            var clients = await db.Clients.AsNoTracking().Where(c => clientIds.Contains(c.Id))
                .Select(c => new { c.Id, c.FirstName, c.Email }).ToListAsync(cancellationToken);
            foreach (var client in clients)
            {
                mailer.SendAfterCommit(client.FirstName, client.Email, Subject,
                    $"Hello {client.FirstName},\n\nYour clinicians have asked you to spend a few minutes in your portal.\n\n" +
                    $"Sign in to see what: {links.Page("/Portal/Index")}\n");
                sent++;
            }

            open.ForEach(m => m.RemindedAt = now);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return sent;
    }
}
