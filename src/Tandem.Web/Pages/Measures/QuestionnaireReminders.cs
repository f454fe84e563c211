using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Infrastructure.Email;

namespace Tandem.Web.Pages.Measures;

/// <summary>
/// Emails each client once for questionnaires that have opened, one message for all that opened together. The message says
/// nothing of which questionnaire or why: it may be read by anyone who sees the inbox.
/// </summary>
public sealed class QuestionnaireReminders(TandemDbContext db, Mailer mailer, PublicLinks links, TimeProvider clock)
{
    public const string Subject = "Something to answer in your Tandem portal";

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
            var open = await db.QuestionnaireResponses
                .Where(r => r.PracticeId == practiceId && r.SubmittedAt == null && r.RemindedAt == null && r.DueOn <= opensBy && r.DueOn >= today.AddDays(-7))
                .ToListAsync(cancellationToken);
            var clientIds = open.Select(r => r.ClientId).Distinct().ToList();
            var clients = await db.Clients.AsNoTracking().Where(c => clientIds.Contains(c.Id))
                .Select(c => new { c.Id, c.FirstName, c.Email }).ToListAsync(cancellationToken);
            foreach (var client in clients)
            {
                mailer.SendAfterCommit(client.FirstName, client.Email, Subject,
                    $"Hello {client.FirstName},\n\nYour clinicians have asked you a few short questions. It takes a few minutes.\n\n" +
                    $"Sign in to answer: {links.Page("/Portal/Index")}\n");
                sent++;
            }

            open.ForEach(r => r.RemindedAt = now);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return sent;
    }
}
