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
