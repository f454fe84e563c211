namespace Tandem.Web.Infrastructure;

/// <summary>
/// Writes a POST keeps even when it is refused and its transaction rolled back, such as a witness's wrong password
/// counting towards their lockout. <see cref="TransactionPageFilter"/> runs them once the POST's transaction has ended.
/// </summary>
public sealed class KeptIfRefused
{
    private readonly List<Func<Task>> pending = [];

    public void Add(Func<Task> work) => pending.Add(work);

    public async Task RunAsync()
    {
        var work = pending.ToList();
        pending.Clear();
        foreach (var run in work)
        {
            await run();
        }
    }
}
