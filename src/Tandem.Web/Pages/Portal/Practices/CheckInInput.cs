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

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Done == true && HowItWent is null)
        {
            yield return new ValidationResult("Choose how it went, from 1 to 5.", [nameof(HowItWent)]);
        }
    }
}
