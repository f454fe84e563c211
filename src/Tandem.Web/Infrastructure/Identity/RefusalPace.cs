using System.Diagnostics;

namespace Tandem.Web.Infrastructure.Identity;

/// <summary>
/// A refused sign-in is answered a fixed time after it arrived. A wrong password also saves the account's failed count,
/// and on a busy or slow disk that write outlasts the password check, so the time taken would otherwise still tell a
/// known address from an unknown or locked-out one. Real time, not the app's clock: what must tell nothing is how long
/// the answer takes.
/// </summary>
public static class RefusalPace
{
    public static readonly TimeSpan AnswerAfter = TimeSpan.FromSeconds(1);

    public static async Task AnswerAsync(long arrivedAt, CancellationToken cancellationToken)
    {
        var left = AnswerAfter - Stopwatch.GetElapsedTime(arrivedAt);
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left, cancellationToken);
        }
    }
}
