using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;
using Tandem.Core.Audit;

namespace Tandem.Data.Audit;

/// <summary>Keeps each practice's newest committed link in a file outside the database.</summary>
public sealed class AuditHeadStore(IOptions<AuditOptions> options)
{
    private readonly ConcurrentDictionary<Guid, object> locks = new();

    public AuditHead? Read(Guid practiceId)
    {
        var path = PathFor(practiceId);
        if (!File.Exists(path))
        {
            return null;
        }

        var parts = File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new AuditHead(long.Parse(parts[0], CultureInfo.InvariantCulture), parts[1]);
    }

    /// <summary>Records the head if it is newer than the one recorded: commits may finish out of order.</summary>
    public void Advance(Guid practiceId, AuditHead head)
    {
        lock (locks.GetOrAdd(practiceId, _ => new object()))
        {
            if (Read(practiceId) is { } current && current.Sequence >= head.Sequence)
            {
                return;
            }

            var path = PathFor(practiceId);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = path + ".tmp";
            File.WriteAllText(temp, string.Create(CultureInfo.InvariantCulture, $"{head.Sequence} {head.Hash}"));
            File.Move(temp, path, overwrite: true);
        }
    }

    private string PathFor(Guid practiceId) =>
        Path.Combine(Path.GetFullPath(options.Value.HeadDirectory), practiceId.ToString("N") + ".head");
}
