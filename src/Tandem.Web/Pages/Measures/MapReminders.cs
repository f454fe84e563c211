using Tandem.Data;

namespace Tandem.Web.Pages.Measures;

/// <summary>Emails each client once for relationship maps that have opened (<see cref="OpenedReminders"/>); the message never names a map.</summary>
public sealed class MapReminders(TandemDbContext db, OpenedReminders reminders)
{
    public const string Subject = "Something to do in your Tandem portal";

    public Task<int> SendAsync(CancellationToken cancellationToken = default) => reminders.SendAsync(
        (practiceId, opensBy, since) => db.ScheduledMaps
            .Where(m => m.PracticeId == practiceId && m.SnapshotId == null && m.RemindedAt == null && m.DueOn <= opensBy && m.DueOn >= since),
        Subject, "Your clinicians have asked you to spend a few minutes in your portal.", "Sign in to see what", cancellationToken);
}
