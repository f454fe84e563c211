namespace Tandem.Core.Audit;

/// <summary>One link of a practice's append-only, hash-chained audit log.</summary>
public sealed class AuditEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PracticeId { get; set; }

    /// <summary>1, 2, 3 … within the practice, with no gaps.</summary>
    public long Sequence { get; set; }
    public AuditCode Code { get; set; }
    public Guid? ActorId { get; set; }
    public Guid? ClientId { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public DateTime OccurredAt { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}
