using System.ComponentModel.DataAnnotations;
using Tandem.Core.Consultations;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Availability;

public sealed class HoursInput
{
    [Required(ErrorMessage = "Choose a day.")]
    public DayOfWeek? Day { get; set; }

    [Required(ErrorMessage = "Enter a start time like 09:00.")]
    public TimeOnly? Start { get; set; }

    [Required(ErrorMessage = "Enter an end time like 12:00.")]
    public TimeOnly? End { get; set; }

    [Range(10, 120, ErrorMessage = "Calls last between 10 and 120 minutes.")]
    public int SlotMinutes { get; set; } = 20;

    /// <summary>A day of the week, and room for a call between the start and the end.</summary>
    public void Check(Refusals refusals)
    {
        if (Day is { } day && !Enum.IsDefined(day))
        {
            refusals.Add("Hours.Day", "Choose a day.");
        }

        if (Start is { } start && End is { } end && end.ToTimeSpan() - start.ToTimeSpan() < TimeSpan.FromMinutes(SlotMinutes))
        {
            refusals.Add("Hours.End", "The end must leave room for at least one call after the start.");
        }
    }
}

public sealed class OverrideInput
{
    [Required(ErrorMessage = "Enter the date.")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Choose a day off or extra hours.")]
    public AvailabilityChange? Change { get; set; }

    public TimeOnly? Start { get; set; }

    public TimeOnly? End { get; set; }

    [Range(10, 120, ErrorMessage = "Calls last between 10 and 120 minutes.")]
    public int SlotMinutes { get; set; } = 20;

    /// <summary>A change the page offers, and extra hours with room for a call between their start and end.</summary>
    public void Check(Refusals refusals)
    {
        if (Change is { } change && !Enum.IsDefined(change))
        {
            refusals.Add("Override.Change", "Choose a day off or extra hours.");
        }

        if (Change != AvailabilityChange.ExtraHours)
        {
            return;
        }

        if (Start is null || End is null)
        {
            refusals.Add("Override.Start", "Extra hours need a start and an end time.");
        }
        else if (End.Value.ToTimeSpan() - Start.Value.ToTimeSpan() < TimeSpan.FromMinutes(SlotMinutes))
        {
            refusals.Add("Override.End", "The end must leave room for at least one call after the start.");
        }
    }
}

public sealed class CallInput
{
    [Required(ErrorMessage = "Choose phone or video.")]
    public CallMethod? Method { get; set; }

    public string? VideoLink { get; set; }

    /// <summary>The version of the setting the page showed; none when it showed none saved.</summary>
    public Guid? Version { get; set; }

    public static CallInput From(FreeCallMethod? saved) =>
        new() { Method = saved?.Method ?? CallMethod.Phone, VideoLink = saved?.VideoLink, Version = saved?.Version };

    /// <summary>A method the page offers, and for video a link that is an https:// address.</summary>
    public void Check(Refusals refusals)
    {
        if (Method is { } method && !Enum.IsDefined(method))
        {
            refusals.Add("Call.Method", "Choose phone or video.");
        }

        if (Method != CallMethod.Video)
        {
            return;
        }

        var link = VideoLink?.Trim();
        if (string.IsNullOrEmpty(link))
        {
            refusals.Add("Call.VideoLink", "Enter the video link your calls happen at.");
        }
        else if (link.Length > FreeCallMethod.MaxVideoLinkLength)
        {
            refusals.Add("Call.VideoLink", $"Keep the video link to {FreeCallMethod.MaxVideoLinkLength} characters.");
        }
        else if (!FreeCallMethod.IsVideoLink(link))
        {
            refusals.Add("Call.VideoLink", "Enter the video link as an https:// address, like https://meet.example.com/your-room.");
        }
    }
}
