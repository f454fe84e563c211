namespace Tandem.Core.Scheduling;

/// <summary>
/// A staff member's private calendar address, which a phone's calendar subscribes to. The token is only in the address
/// shown once to its owner; the database keeps its hash, so a copy of the database subscribes to nothing.
/// </summary>
public sealed class CalendarFeed : PracticeRecord
{
    public Guid StaffId { get; set; }
    public required string TokenHash { get; set; }
}
