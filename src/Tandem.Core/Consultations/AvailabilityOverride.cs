namespace Tandem.Core.Consultations;

public enum AvailabilityChange
{
    /// <summary>No consultations at all that day.</summary>
    DayOff = 1,

    /// <summary>Consultations on top of the weekly hours that day.</summary>
    ExtraHours = 2,
}

/// <summary>An exception to the weekly hours for one day (a day off, or extra hours), on a date in the practice's time zone.</summary>
public sealed class AvailabilityOverride : PracticeRecord
{
    public Guid ClinicianId { get; set; }
    public DateOnly Date { get; set; }
    public AvailabilityChange Change { get; set; }
    public TimeOnly? Start { get; set; }
    public TimeOnly? End { get; set; }
    public int SlotMinutes { get; set; } = 20;
}
