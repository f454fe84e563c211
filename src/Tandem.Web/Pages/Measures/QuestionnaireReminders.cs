using Tandem.Data;

namespace Tandem.Web.Pages.Measures;

/// <summary>Emails each client once for questionnaires that have opened (<see cref="OpenedReminders"/>).</summary>
public sealed class QuestionnaireReminders(TandemDbContext db, OpenedReminders reminders)
{
    public const string Subject = "Something to answer in your Tandem portal";

    public Task<int> SendAsync(CancellationToken cancellationToken = default) => reminders.SendAsync(
        (practiceId, opensBy, since) => db.QuestionnaireResponses
            .Where(r => r.PracticeId == practiceId && r.SubmittedAt == null && r.RemindedAt == null && r.DueOn <= opensBy && r.DueOn >= since),
        Subject, "Your clinicians have asked you a few short questions. It takes a few minutes.", "Sign in to answer", cancellationToken);
}
