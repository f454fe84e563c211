using System.ComponentModel.DataAnnotations;
using Tandem.Core.Journal;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Portal.Practices;

/// <summary>One day's check-in of every practice, saved together; a practice left unanswered is left as it is.</summary>
public sealed class CheckInInput
{
    [Required(ErrorMessage = "Choose the day.")]
    public DateOnly? Day { get; set; }

    public List<PracticeAnswer> Practices { get; set; } = [];
}

public sealed class PracticeAnswer
{
    public Guid PracticeId { get; set; }

    public bool? Done { get; set; }

    [Range(1, 5, ErrorMessage = "Choose how it went, from 1 to 5.")]
    public int? HowItWent { get; set; }

    [StringLength(HomePracticeCheckIn.MaxNoteLength, ErrorMessage = "Keep it to one line (200 characters).")]
    public string? Note { get; set; }

    /// <summary>Someone from my latest map, by their person id; checked against that map when saved.</summary>
    public Guid? WithPersonId { get; set; }

    /// <summary>The version of the day's check-in the page showed; none when it showed none.</summary>
    public Guid? Version { get; set; }

    public bool IsAnswered => Done is not null;

    public static PracticeAnswer Of(Guid practiceId, HomePracticeCheckIn? saved) => new()
    {
        PracticeId = practiceId, Done = saved?.Done, HowItWent = saved?.HowItWent, Note = saved?.Note, WithPersonId = saved?.MapPersonId, Version = saved?.Version,
    };

    /// <summary>Whether saving this answer would change <paramref name="saved"/>: an answer as it is stored writes nothing.</summary>
    public bool Changes(HomePracticeCheckIn? saved) =>
        saved is null || saved.Done != Done || saved.HowItWent != StoredHowItWent || saved.Note != StoredNote || saved.MapPersonId != WithPersonId;

    public int? StoredHowItWent => Done == true ? HowItWent : null;

    public string? StoredNote => string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();

    /// <summary>A practice done says how it went, and one with anything filled in says whether it was done; <paramref name="at"/> is the answer's field prefix.</summary>
    public void Check(Refusals refusals, string at)
    {
        if (Done == true && HowItWent is null)
        {
            refusals.Add($"{at}.{nameof(HowItWent)}", "Choose how it went, from 1 to 5.");
        }

        if (Done is null && (HowItWent is not null || !string.IsNullOrWhiteSpace(Note) || WithPersonId is not null))
        {
            refusals.Add($"{at}.{nameof(Done)}", "Say whether you did it.");
        }
    }
}
