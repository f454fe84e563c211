namespace Tandem.Core.Consultations;

/// <summary>A clinician's weekly consultation hours, in the practice's time zone (e.g. Tuesdays 9:00–12:00, 20-minute calls).</summary>
public sealed class ConsultationHours : PracticeRecord
{
    public Guid ClinicianId { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly Start { get; set; }
    public TimeOnly End { get; set; }
    public int SlotMinutes { get; set; } = 20;
}
