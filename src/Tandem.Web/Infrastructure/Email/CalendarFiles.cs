using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using MimeKit;

namespace Tandem.Web.Infrastructure.Email;

/// <summary>.ics files built with Ical.Net. Their text names the practice, never the kind of care.</summary>
public static class CalendarFiles
{
    /// <param name="location">Where it happens, e.g. a video link: never a room's or a clinic's kind of care.</param>
    public static string Event(Guid id, string summary, DateTime startUtc, DateTime endUtc, int sequence = 0, bool cancelled = false, string? location = null)
    {
        var calendar = new Calendar { Method = cancelled ? "CANCEL" : "PUBLISH" };
        calendar.Events.Add(Appointment(id, summary, startUtc, endUtc, sequence, cancelled, location));
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    /// <summary>Several new appointments in one file, for a series booked in one step.</summary>
    public static string Events(string summary, IEnumerable<(Guid Id, DateTime StartUtc, DateTime EndUtc)> appointments)
    {
        var calendar = new Calendar { Method = "PUBLISH" };
        calendar.Events.AddRange(appointments.Select(a => Appointment(a.Id, summary, a.StartUtc, a.EndUtc, 0, cancelled: false, location: null)));
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static CalendarEvent Appointment(Guid id, string summary, DateTime startUtc, DateTime endUtc, int sequence, bool cancelled, string? location) => new()
    {
        Uid = $"{id:N}@tandem",
        Summary = summary,
        DtStart = new CalDateTime(DateTime.SpecifyKind(startUtc, DateTimeKind.Utc)),
        DtEnd = new CalDateTime(DateTime.SpecifyKind(endUtc, DateTimeKind.Utc)),
        Sequence = sequence,
        Status = cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        Location = location,
    };

    /// <summary>A subscribed calendar: every event of a staff member's feed, each named without health information.</summary>
    public static string Feed(string name, IEnumerable<FeedEvent> events)
    {
        var calendar = new Calendar { Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        foreach (var e in events)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{e.Id:N}@tandem",
                Summary = e.Summary,
                DtStart = new CalDateTime(DateTime.SpecifyKind(e.StartUtc, DateTimeKind.Utc)),
                DtEnd = new CalDateTime(DateTime.SpecifyKind(e.EndUtc, DateTimeKind.Utc)),
                Url = new Uri(e.Link),
                Status = EventStatus.Confirmed,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    public sealed record FeedEvent(Guid Id, string Summary, DateTime StartUtc, DateTime EndUtc, string Link);

    public static MimePart Attachment(string ics, string fileName = "call.ics") => new("text", "calendar")
    {
        Content = new MimeContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ics))),
        ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
        ContentTransferEncoding = ContentEncoding.Base64,
        FileName = fileName,
    };
}
