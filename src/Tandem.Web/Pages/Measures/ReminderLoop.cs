using Microsoft.Extensions.Options;

namespace Tandem.Web.Pages.Measures;

public sealed class ReminderOptions
{
    /// <summary>Minutes between rounds of questionnaire, map and appointment reminders; 0 turns them off (tests send them by hand).</summary>
    public int IntervalMinutes { get; set; } = 60;
}

/// <summary>Sends questionnaire, map and appointment reminders every so often. The first round waits one interval, so start-up does no work.</summary>
public sealed class ReminderLoop(IServiceScopeFactory scopes, IOptions<ReminderOptions> options, ILogger<ReminderLoop> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.IntervalMinutes <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.IntervalMinutes));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<QuestionnaireReminders>().SendAsync(stoppingToken);
                await scope.ServiceProvider.GetRequiredService<MapReminders>().SendAsync(stoppingToken);
                await scope.ServiceProvider.GetRequiredService<Series.AppointmentNotices>().SendRemindersAsync(stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // One failed round must not stop the next; the operator sees it in the log.
                logger.LogError(error, "Reminders failed this round.");
            }
        }
    }
}
