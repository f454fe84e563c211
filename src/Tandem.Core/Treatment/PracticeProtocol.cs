namespace Tandem.Core.Treatment;

/// <summary>
/// One version of a practice's protocol. A change adds a version rather than editing one,
/// so a record signed last spring can still be read against the limits of its day.
/// </summary>
public sealed class PracticeProtocol : PracticeRecord
{
    public const int MaxReasonLength = 500;

    public int Number { get; set; }
    public required ProtocolSettings Settings { get; set; }
    public Guid ChangedById { get; set; }
    public required string Reason { get; set; }
}

/// <summary>A protocol version as a record is judged by it: its number (0 for the defaults, before any change) and its limits.</summary>
public sealed record ProtocolInForce(int Number, ProtocolSettings Settings, DateTime? Since)
{
    public static ProtocolInForce Defaults { get; } = new(0, new ProtocolSettings(), null);
}
