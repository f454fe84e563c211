namespace Tandem.Core.Register;

/// <summary>Where stock is kept under safe custody: a safe in a room or at a site.</summary>
public sealed class StorageLocation : PracticeRecord
{
    public const int MaxNameLength = 80;

    public required string Name { get; set; }

    /// <summary>The room whose safe this is; null for a safe that serves the whole site.</summary>
    public Guid? RoomId { get; set; }
}
