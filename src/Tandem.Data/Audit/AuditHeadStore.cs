using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Tandem.Core.Audit;

namespace Tandem.Data.Audit;

/// <summary>The head file as read: its head, or why it could not be read.</summary>
public sealed record HeadFile(AuditHead? Head, string? Problem);

/// <summary>The head history as read: its newest head since the last rewind, and the links announced past a point.</summary>
public sealed record HeadHistory(AuditHead? Head, IReadOnlySet<AuditHead> Announced);

/// <summary>
/// Keeps each practice's chain on record outside the database: the newest committed link in <c>&lt;practice&gt;.head</c>,
/// and beside it an append-only history, <c>&lt;practice&gt;.heads</c>, of every link announced before its commit, every
/// head recorded after one, and every rewind to a break or restore entry. A head file rewritten together with the
/// log still disagrees with the history.
/// </summary>
public sealed class AuditHeadStore(IOptions<AuditOptions> options)
{
    private const string Announced = "announced";
    private const string Recorded = "head";
    private const string Rewound = "rewound";

    private readonly ConcurrentDictionary<Guid, object> locks = new();

    public HeadFile ReadHead(Guid practiceId)
    {
        var path = HeadPath(practiceId);
        try
        {
            if (!File.Exists(path))
            {
                return new(null, null);
            }

            var text = File.ReadAllText(path).Trim();
            if (text.Length == 0)
            {
                return new(null, $"The head file {path} is empty, so the newest link of the log is not known from it.");
            }

            return Parse(text.Split(' ', StringSplitOptions.RemoveEmptyEntries)) is { } head
                ? new(head, null)
                : new(null, $"The head file {path} cannot be read: it should hold a sequence number and a link, not \"{text[..Math.Min(text.Length, 40)]}\".");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return new(null, $"The head file {path} cannot be read: {error.Message}");
        }
    }

    /// <param name="announcedAfter">Keep only announcements past this sequence (long.MaxValue for none).</param>
    public HeadHistory ReadHistory(Guid practiceId, long announcedAfter)
    {
        AuditHead? head = null;
        var announced = new HashSet<AuditHead>();
        var path = HistoryPath(practiceId);
        if (!File.Exists(path))
        {
            return new(null, announced);
        }

        // A line torn by a crash mid-write holds nothing yet committed, so it is passed over.
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 3 || Parse(parts[1..]) is not { } link)
            {
                continue;
            }

            switch (parts[0])
            {
                case Announced when link.Sequence > announcedAfter:
                    announced.Add(link);
                    break;
                case Recorded when head is null || link.Sequence > head.Sequence:
                case Rewound:
                    head = link;
                    break;
            }
        }

        return new(head, announced);
    }

    /// <summary>The practices with a head file or a head history.</summary>
    public IEnumerable<Guid> Practices()
    {
        var folder = Path.GetFullPath(options.Value.HeadDirectory);
        return !Directory.Exists(folder) ? [] : Directory.EnumerateFiles(folder)
            .Select(Path.GetFileNameWithoutExtension)
            .Select(name => Guid.TryParseExact(name, "N", out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty)
            .Distinct();
    }

    /// <summary>
    /// Written before the commit: if the process is killed between the commit and the head update, this line shows the
    /// entries past the head are the app's own. It reaches the operating system, which outlives the process, but is not
    /// forced to disk, which would double the cost of every audited read; after a power cut the newest entries may lack
    /// it, and the app then marks them as a break rather than pass over them.
    /// </summary>
    public void Announce(Guid practiceId, IReadOnlyList<AuditHead> links)
    {
        lock (LockOf(practiceId))
        {
            AppendLines(practiceId, Announced, links);
        }
    }

    /// <summary>Records a committed head; the head file only moves forward, since commits may finish out of order.</summary>
    /// <returns>The head the head file now holds.</returns>
    public AuditHead Advance(Guid practiceId, AuditHead head)
    {
        lock (LockOf(practiceId))
        {
            AppendLine(practiceId, Recorded, head);
            if (ReadHead(practiceId).Head is { } current && current.Sequence >= head.Sequence)
            {
                return current;
            }

            WriteHead(practiceId, head);
            return head;
        }
    }

    /// <summary>Moves the head back to a committed break or restore entry, unless the head file has moved on from <paramref name="replacing"/>.</summary>
    /// <returns>The head the head file now holds.</returns>
    public AuditHead? Rewind(Guid practiceId, AuditHead to, AuditHead? replacing)
    {
        lock (LockOf(practiceId))
        {
            AppendLine(practiceId, Rewound, to);
            var current = ReadHead(practiceId).Head;
            if (current != replacing)
            {
                return current;
            }

            WriteHead(practiceId, to);
            return to;
        }
    }

    private static AuditHead? Parse(string[] parts) =>
        parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) && parts[1].Length > 0
            ? new AuditHead(sequence, parts[1])
            : null;

    private void WriteHead(Guid practiceId, AuditHead head)
    {
        var path = HeadPath(practiceId);
        var temp = path + ".tmp";
        File.WriteAllText(temp, Line(head));
        File.Move(temp, path, overwrite: true);
    }

    private void AppendLine(Guid practiceId, string kind, AuditHead link) => AppendLines(practiceId, kind, [link]);

    private void AppendLines(Guid practiceId, string kind, IReadOnlyList<AuditHead> links)
    {
        var path = HistoryPath(practiceId);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        stream.Write(Encoding.ASCII.GetBytes(string.Concat(links.Select(link => $"{kind} {Line(link)}\n"))));
    }

    private static string Line(AuditHead head) => string.Create(CultureInfo.InvariantCulture, $"{head.Sequence} {head.Hash}");

    private object LockOf(Guid practiceId) => locks.GetOrAdd(practiceId, _ => new object());

    private string HeadPath(Guid practiceId) => Path.Combine(Path.GetFullPath(options.Value.HeadDirectory), practiceId.ToString("N") + ".head");

    private string HistoryPath(Guid practiceId) => Path.ChangeExtension(HeadPath(practiceId), ".heads");
}
