namespace Tandem.Core.Scheduling;

/// <summary>A room of the practice where sessions take place (a practice setting).</summary>
public sealed class Room : PracticeRecord
{
    public const int MaxNameLength = 80;

    public required string Name { get; set; }
    public bool IsActive { get; set; } = true;
}
