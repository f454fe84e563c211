using System.ComponentModel.DataAnnotations;
using Tandem.Core.Consultations;

namespace Tandem.Web.Pages.Availability;

public sealed class HoursInput : IValidatableObject
{
    [Required(ErrorMessage = "Choose a day.")]
    public DayOfWeek? Day { get; set; }

    [Required(ErrorMessage = "Enter a start time like 09:00.")]
    public TimeOnly? Start { get; set; }

    [Required(ErrorMessage = "Enter an end time like 12:00.")]
    public TimeOnly? End { get; set; }

    [Range(10, 120, ErrorMessage = "Calls last between 10 and 120 minutes.")]
    public int SlotMinutes { get; set; } = 20;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Day is { } day && !Enum.IsDefined(day))
        {
            yield return new("Choose a day.", [nameof(Day)]);
        }

        if (Start is { } start && End is { } end && end.ToTimeSpan() - start.ToTimeSpan() < TimeSpan.FromMinutes(SlotMinutes))
        {
            yield return new("The end must leave room for at least one call after the start.", [nameof(End)]);
        }
    }
}

public sealed class OverrideInput : IValidatableObject
{
    [Required(ErrorMessage = "Enter the date.")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Choose a day off or extra hours.")]
    public AvailabilityChange? Change { get; set; }

    public TimeOnly? Start { get; set; }

    public TimeOnly? End { get; set; }

    [Range(10, 120, ErrorMessage = "Calls last between 10 and 120 minutes.")]
    public int SlotMinutes { get; set; } = 20;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Change is { } change && !Enum.IsDefined(change))
        {
            yield return new("Choose a day off or extra hours.", [nameof(Change)]);
        }

        if (Change != AvailabilityChange.ExtraHours)
        {
            yield break;
        }

        if (Start is null || End is null)
        {
            yield return new("Extra hours need a start and an end time.", [nameof(Start)]);
        }
        else if (End.Value.ToTimeSpan() - Start.Value.ToTimeSpan() < TimeSpan.FromMinutes(SlotMinutes))
        {
            yield return new("The end must leave room for at least one call after the start.", [nameof(End)]);
        }
    }
}

public sealed class CallInput : IValidatableObject
{
    [Required(ErrorMessage = "Choose phone or video.")]
    public CallMethod? Method { get; set; }

    public string? VideoLink { get; set; }

    /// <summary>The version of the setting the page showed; none when it showed none saved.</summary>
    public Guid? Version { get; set; }

    public static CallInput From(FreeCallMethod? saved) =>
        new() { Method = saved?.Method ?? CallMethod.Phone, VideoLink = saved?.VideoLink, Version = saved?.Version };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Method is { } method && !Enum.IsDefined(method))
        {
            yield return new("Choose phone or video.", [nameof(Method)]);
        }

        if (Method != CallMethod.Video)
        {
            yield break;
        }

        var link = VideoLink?.Trim();
        if (string.IsNullOrEmpty(link))
        {
            yield return new("Enter the video link your calls happen at.", [nameof(VideoLink)]);
        }
        else if (link.Length > FreeCallMethod.MaxVideoLinkLength)
        {
            yield return new($"Keep the video link to {FreeCallMethod.MaxVideoLinkLength} characters.", [nameof(VideoLink)]);
        }
        else if (!FreeCallMethod.IsVideoLink(link))
        {
            yield return new("Enter the video link as an https:// address, like https://meet.example.com/your-room.", [nameof(VideoLink)]);
        }
    }
}
