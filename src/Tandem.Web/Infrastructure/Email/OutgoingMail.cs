using System.Threading.Channels;
using MimeKit;

namespace Tandem.Web.Infrastructure.Email;

/// <summary>
/// Sends committed messages in the background, so no request waits for the mail server: asking for a reset link then
/// takes as long for an address with an account as for one without. Messages still queued at shutdown are sent before
/// the app stops; a message that fails is logged, not retried.
/// </summary>
public sealed class OutgoingMail(IEmailSender sender, ILogger<OutgoingMail> logger) : BackgroundService
{
    private readonly Channel<MimeMessage> queue = Channel.CreateUnbounded<MimeMessage>(new UnboundedChannelOptions { SingleReader = true });
    private int unsent;

    /// <summary>Nothing is waiting to be sent or being sent.</summary>
    public bool AllSent => Volatile.Read(ref unsent) == 0;

    public Task EnqueueAsync(MimeMessage message)
    {
        Interlocked.Increment(ref unsent);

        // Once the app is stopping nobody reads the queue, so the caller sends the message itself.
        return queue.Writer.TryWrite(message) ? Task.CompletedTask : SendAsync(message);
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Writer.TryComplete();
        return base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not stoppingToken: what was queued before the stop is still sent, within the host's shutdown timeout.
        await foreach (var message in queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            await SendAsync(message);
        }
    }

    private async Task SendAsync(MimeMessage message)
    {
        try
        {
            await sender.SendAsync(message);
        }
        catch (Exception error)
        {
            // The change that warranted the message stands; the failure is for the operator to see.
            logger.LogError(error, "An email could not be sent.");
        }
        finally
        {
            Interlocked.Decrement(ref unsent);
        }
    }
}
