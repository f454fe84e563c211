using System.ComponentModel.DataAnnotations;
using Tandem.Core.Journal;

namespace Tandem.Web.Pages.Portal.Practices;

public sealed class CheckInInput : IValidatableObject
{
    public Guid PracticeId { get; set; }

    [Required(ErrorMessage = "Choose the day.")]
    public DateOnly? Day { get; set; }

    [Required(ErrorMessage = "Say whether you did it.")]
    public bool? Done { get; set; }

    [Range(1, 5, ErrorMessage = "Choose how it went, from 1 to 5.")]
    public int? HowItWent { get; set; }

    [StringLength(PracticeCheckIn.MaxNoteLength, ErrorMessage = "Keep it to one line (200 characters).")]
    public string? Note { get; set; }

    /// <summary>The check-ins of the week the page showed, as <c>day=version</c> pairs, so a day saved elsewhere since is not overwritten.</summary>
    public string? SeenVersions { get; set; }

    public static string SeenOf(IReadOnlyDictionary<DateOnly, PracticeCheckIn> days) =>
        string.Join(';', days.Select(d => $"{d.Key:yyyy-MM-dd}={d.Value.Version}"));

    /// <summary>The version of <paramref name="day"/>'s check-in the page showed; none when it showed no check-in that day.</summary>
    public Guid? SeenVersionOf(DateOnly day) =>
        (SeenVersions ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('='))
            .Where(pair => pair.Length == 2 && pair[0] == day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) && Guid.TryParse(pair[1], out _))
            .Select(pair => (Guid?)Guid.Parse(pair[1]))
            .FirstOrDefault();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Done == true && HowItWent is null)
        {
            yield return new ValidationResult("Choose how it went, from 1 to 5.", [nameof(HowItWent)]);
        }
    }
}
