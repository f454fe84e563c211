namespace Tandem.Core;

/// <summary>A row of practice data: keyed by practice so a deployment can shard on it, stamped, and versioned.</summary>
public abstract class PracticeRecord : IStamped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PracticeId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid Version { get; set; }
}
