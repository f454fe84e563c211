namespace Tandem.Core.Scheduling;

/// <summary>A planned series session given a time, a clinician and (for dosing) a room.</summary>
public sealed class Appointment : PracticeRecord
{
    public Guid SeriesSessionId { get; set; }
    public Guid CaseId { get; set; }
    public Guid ClinicianId { get; set; }
    public Guid? RoomId { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public List<ReservedBlock> Blocks { get; } = [];

    /// <summary>Replaces the appointment's reserved blocks with those of its current time, clinician and room.</summary>
    public void Reserve()
    {
        Blocks.Clear();
        foreach (var start in ReservedBlock.Covering(StartsAt, EndsAt))
        {
            Blocks.Add(new ReservedBlock { PracticeId = PracticeId, AppointmentId = Id, Resource = ReservedBlock.Clinician(ClinicianId), StartsAt = start });
            if (RoomId is { } room)
            {
                Blocks.Add(new ReservedBlock { PracticeId = PracticeId, AppointmentId = Id, Resource = ReservedBlock.Room(room), StartsAt = start });
            }
        }
    }
}

/// <summary>
/// Five minutes of one clinician's or room's time, held by one series appointment or one consultation call. A unique
/// index on (resource, start) makes the database refuse a double booking on any provider, however many requests race.
/// </summary>
public sealed class ReservedBlock : PracticeRecord
{
    /// <summary>Fine enough that back-to-back calls of 20 or 50 minutes never share a block.</summary>
    public static readonly TimeSpan Length = TimeSpan.FromMinutes(5);

    public Guid? AppointmentId { get; set; }
    public Guid? ConsultationBookingId { get; set; }
    public required string Resource { get; set; }
    public DateTime StartsAt { get; set; }

    public const string ClinicianPrefix = "clinician:";

    public static string Clinician(Guid id) => ClinicianPrefix + id.ToString("N");

    /// <summary>The clinician a clinician resource names.</summary>
    public static Guid ClinicianOf(string resource) => Guid.ParseExact(resource[ClinicianPrefix.Length..], "N");

    public static string Room(Guid id) => $"room:{id:N}";

    public static IEnumerable<DateTime> Covering(DateTime startsAt, DateTime endsAt)
    {
        var first = new DateTime(startsAt.Ticks - (startsAt.Ticks % Length.Ticks), startsAt.Kind);
        for (var t = first; t < endsAt; t += Length)
        {
            yield return t;
        }
    }
}
