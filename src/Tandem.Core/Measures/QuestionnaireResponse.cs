using System.Text.Json;

namespace Tandem.Core.Measures;

/// <summary>One questionnaire a client is due to answer (and then has answered), scored with the instrument's version.</summary>
public sealed class QuestionnaireResponse : PracticeRecord, IRemindedOnce
{
    public Guid ClientId { get; set; }
    public Guid CaseId { get; set; }

    /// <summary>The series (course of care) it measures; null for the intake baseline, which opens the case's first course.</summary>
    public Guid? SeriesId { get; set; }

    public required string InstrumentCode { get; set; }
    public required string InstrumentVersion { get; set; }

    /// <summary>Where in care it was asked: the baseline, before dosing session 3, 3 months after the series.</summary>
    public required Timepoint Timepoint { get; set; }
    public DateOnly DueOn { get; set; }
    public string AnswersJson { get; set; } = "{}";
    /// <summary>The instrument's score: a whole-number total, or a mean for a mean-scored instrument.</summary>
    public double? Score { get; set; }
    public DateTime? SubmittedAt { get; set; }

    /// <summary>When the client was emailed that it is open; one reminder per questionnaire.</summary>
    public DateTime? RemindedAt { get; set; }

    public bool IsSubmitted => SubmittedAt is not null;

    public bool IsOverdue(DateOnly today) => !IsSubmitted && today > DueOn.AddDays(MeasurementSchedule.OverdueAfterDays);

    public Dictionary<int, int> Answers
    {
        get => JsonSerializer.Deserialize<Dictionary<int, int>>(AnswersJson) ?? [];
        set => AnswersJson = JsonSerializer.Serialize(value);
    }

    public Instrument Instrument => Instruments.Find(InstrumentCode);

    /// <summary>Scores a complete set of answers and freezes the response.</summary>
    public void Submit(Dictionary<int, int> answers, DateTime atUtc)
    {
        if (IsSubmitted)
        {
            throw new InvalidOperationException("This questionnaire is already submitted.");
        }

        Score = Instrument.Score(answers);
        Answers = answers;
        SubmittedAt = atUtc;
    }
}

/// <summary>
/// Raised at once by any answer above 0 on PHQ-9 item 9. Every clinician of the practice sees it (name and time, not the
/// answers) until one records the follow-up action.
/// </summary>
public sealed class SafetyAlert : PracticeRecord
{
    public const int MaxActionLength = 2000;

    public Guid ClientId { get; set; }
    public Guid CaseId { get; set; }
    public Guid ResponseId { get; set; }
    public DateTime RaisedAt { get; set; }
    public string? FollowUpAction { get; set; }
    public Guid? FollowedUpById { get; set; }
    public DateTime? FollowedUpAt { get; set; }
}
