using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Hl7.Fhir.Serialization;
using Microsoft.Extensions.Options;

namespace Tandem.Web.Records;

public sealed class RecordOptions
{
    /// <summary>Where prepared records wait for their owner; each file is deleted once downloaded or after an hour.</summary>
    public string ExportDirectory { get; set; } = "data/record-exports";
}

public enum RecordFile
{
    Pdf,
    Fhir,
}

/// <summary>One client's record being prepared or waiting to be downloaded by whoever asked for it, known only to this process.</summary>
public sealed class RecordExport(Guid id, Guid ownerUserId, Guid clientId, DateTime startedAt)
{
    public Guid Id => id;
    public Guid OwnerUserId => ownerUserId;
    public Guid ClientId => clientId;
    public DateTime StartedAt => startedAt;
    private volatile bool ready;
    private volatile bool failed;

    public bool Ready { get => ready; set => ready = value; }
    public bool Failed { get => failed; set => failed = value; }
    public ConcurrentDictionary<RecordFile, bool> Waiting { get; } = new();
}

/// <summary>
/// Prepares records in the background, so no request waits while the PDF and the Bundle are written. Exports live in
/// memory and their files in the data folder under random names; files of an earlier run are deleted at start.
/// </summary>
public sealed class RecordExports(IOptions<RecordOptions> options, TimeProvider clock, ILogger<RecordExports> logger) : BackgroundService
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions().ForFhir();

    private readonly Channel<(RecordExport, ClientRecord)> queue = Channel.CreateUnbounded<(RecordExport, ClientRecord)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<Guid, RecordExport> exports = new();

    private string Folder => Path.GetFullPath(options.Value.ExportDirectory);

    /// <summary>The owner's export of the client's record still under way or waiting, if any.</summary>
    public RecordExport? Current(Guid userId, Guid clientId)
    {
        Sweep();
        return exports.Values.Where(e => e.OwnerUserId == userId && e.ClientId == clientId).MaxBy(e => e.StartedAt);
    }

    /// <summary>Starts a new export; one of the same record the owner prepared before and has not fully downloaded is dropped with its files.</summary>
    public RecordExport Enqueue(Guid userId, ClientRecord record)
    {
        foreach (var earlier in exports.Values.Where(e => e.OwnerUserId == userId && e.ClientId == record.ClientId))
        {
            Drop(earlier);
        }

        var export = new RecordExport(Guid.NewGuid(), userId, record.ClientId, clock.GetUtcNow().UtcDateTime);
        exports[export.Id] = export;
        queue.Writer.TryWrite((export, record));
        return export;
    }

    /// <summary>The file's bytes for its owner, deleted as they are handed over; null when it is not theirs, not ready or gone.</summary>
    public async Task<byte[]?> TakeAsync(Guid userId, Guid id, RecordFile file)
    {
        Sweep();
        if (!exports.TryGetValue(id, out var export) || export.OwnerUserId != userId || !export.Ready || !export.Waiting.TryRemove(file, out _))
        {
            return null;
        }

        var path = PathOf(export, file);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path);
        }
        catch (Exception gone) when (gone is FileNotFoundException or DirectoryNotFoundException)
        {
            // Another process over the same data folder cleared it at its start: the owner prepares the record again.
            logger.LogWarning("A prepared record's file was removed before its owner downloaded it.");
            Drop(export);
            return null;
        }

        File.Delete(path);
        if (export.Waiting.IsEmpty)
        {
            exports.TryRemove(id, out _);
        }

        return bytes;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        using var sweeper = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
        var sweeping = SweepEveryMinuteAsync(sweeper, stoppingToken);
        try
        {
            await foreach (var (export, record) in queue.Reader.ReadAllAsync(stoppingToken))
            {
                Prepare(export, record);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: exports under way are dropped with the process that knew them.
        }

        await sweeping;
    }

    private async Task SweepEveryMinuteAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                Sweep();
            }
        }
        catch (OperationCanceledException)
        {
            // The app is stopping.
        }
    }

    private void Prepare(RecordExport export, ClientRecord record)
    {
        try
        {
            Directory.CreateDirectory(Folder);
            Write(PathOf(export, RecordFile.Pdf), RecordPdf.Build(record));
            Write(PathOf(export, RecordFile.Fhir), JsonSerializer.SerializeToUtf8Bytes(RecordFhir.Build(record), Json));
            export.Waiting[RecordFile.Pdf] = true;
            export.Waiting[RecordFile.Fhir] = true;
            export.Ready = true;
        }
        catch (Exception error)
        {
            // The client sees that it failed and may ask again; the operator sees why, without the record's content.
            logger.LogError(error, "A client's record could not be prepared.");
            export.Failed = true;
        }
    }

    private void Sweep()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var export in exports.Values.Where(e => now - e.StartedAt >= Lifetime))
        {
            Drop(export);
        }
    }

    private void Drop(RecordExport export)
    {
        exports.TryRemove(export.Id, out _);
        foreach (var path in Enum.GetValues<RecordFile>().Select(file => PathOf(export, file)).Where(File.Exists))
        {
            File.Delete(path);
        }
    }

    private static void Write(string path, byte[] bytes)
    {
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, create);
        stream.Write(bytes);
    }

    private string PathOf(RecordExport export, RecordFile file) =>
        Path.Combine(Folder, export.Id.ToString("N") + (file == RecordFile.Pdf ? ".pdf" : ".fhir.json"));
}
