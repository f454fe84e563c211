namespace Tandem.Core.RippleMap;

/// <summary>
/// A map the schedule asks of one client at one point of a series, like a questionnaire due; drawn when a snapshot made
/// inside its answer window is attached. The snapshot stays the client's: this row says only when, never what.
/// </summary>
public sealed class ScheduledMap : PracticeRecord, IRemindedOnce
{
    public Guid ClientId { get; set; }
    public Guid CaseId { get; set; }
    public Guid SeriesId { get; set; }
    public MapTimepoint Timepoint { get; set; }
    public DateOnly DueOn { get; set; }
    public Guid? SnapshotId { get; set; }

    /// <summary>When the client was emailed that it is open; one reminder per map.</summary>
    public DateTime? RemindedAt { get; set; }
}
