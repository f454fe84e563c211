namespace Tandem.Core.Intake;

/// <summary>One client's intake for one case: a draft they may leave and resume, and the versions they submitted.</summary>
public sealed class IntakeForm : PracticeRecord
{
    public Guid CaseId { get; set; }
    public Guid ClientId { get; set; }
    public required string DraftJson { get; set; }

    /// <summary>0 until first submitted; then the number of the newest submitted version.</summary>
    public int SubmittedVersion { get; set; }
    public DateTime? SubmittedAt { get; set; }

    /// <summary>Freezes the draft as a new version; earlier versions stay as they were.</summary>
    public IntakeSubmission Submit(IntakeAnswers answers, DateTime atUtc)
    {
        SubmittedVersion++;
        SubmittedAt = atUtc;
        DraftJson = answers.ToJson();
        return new IntakeSubmission
        {
            PracticeId = PracticeId, IntakeFormId = Id, CaseId = CaseId, ClientId = ClientId,
            Number = SubmittedVersion, AnswersJson = DraftJson, SubmittedAt = atUtc,
            HasPositiveScreen = answers.HasPositiveScreen, PartnerSafetyConcern = answers.PartnerSafety?.IsPositive == true,
        };
    }
}

/// <summary>A submitted version of an intake: never changed after it is written.</summary>
public sealed class IntakeSubmission : PracticeRecord
{
    public Guid IntakeFormId { get; set; }
    public Guid CaseId { get; set; }
    public Guid ClientId { get; set; }
    public int Number { get; set; }
    public required string AnswersJson { get; set; }
    public DateTime SubmittedAt { get; set; }
    public bool HasPositiveScreen { get; set; }

    /// <summary>A positive intimate-partner-violence screen: flags the case team, never the partner.</summary>
    public bool PartnerSafetyConcern { get; set; }

    public IntakeAnswers Answers => IntakeAnswers.FromJson(AnswersJson);
}
