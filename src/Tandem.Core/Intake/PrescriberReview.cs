using Tandem.Core.Cases;

namespace Tandem.Core.Intake;

public enum ReviewDecision
{
    Pending = 0,
    Cleared = 1,
    NotCleared = 2,
    NeedsMoreInformation = 3,
}

/// <summary>The prescriber's medical review of one client's intake in one case. Each decision is also kept as history.</summary>
public sealed class PrescriberReview : PracticeRecord
{
    public const int MaxTextLength = 2000;
    public static readonly TimeSpan DefaultClearance = TimeSpan.FromDays(365);

    /// <summary>The expiry a clearance given on the practice's <paramref name="today"/> gets unless the prescriber changes it.</summary>
    public static DateOnly DefaultClearedUntil(DateOnly today) => today.AddDays((int)DefaultClearance.TotalDays);

    /// <summary>
    /// Whether a decision can be recorded while the case is at <paramref name="stage"/>: from intake through the dosing
    /// series (a clearance can be renewed mid-series). Not cleared closes the case, which the journey allows only from
    /// medical review and preparation; a closed, paused or finished case takes no decision.
    /// </summary>
    public static bool CanDecideAt(CaseStage stage, ReviewDecision decision) => stage switch
    {
        CaseStage.MedicalReview or CaseStage.Preparation => true,
        CaseStage.Intake or CaseStage.DosingSeries => decision != ReviewDecision.NotCleared,
        _ => false,
    };

    public Guid CaseId { get; set; }
    public Guid ClientId { get; set; }
    public ReviewDecision Decision { get; set; }

    /// <summary>The intake version the decision was made on: a newer submission needs a new review.</summary>
    public int ReviewedVersion { get; set; }
    public DateOnly? ClearedUntil { get; set; }
    public string? Reason { get; set; }
    public string? Question { get; set; }
    public string? ClientReply { get; set; }
    public Guid? ReviewerId { get; set; }
    public DateTime? DecidedAt { get; set; }

    public PrescriberDecision Decide(ReviewDecision decision, Guid prescriberId, int intakeVersion, DateOnly? clearedUntil, string? text, DateTime atUtc)
    {
        if (decision == ReviewDecision.Pending)
        {
            throw new ArgumentOutOfRangeException(nameof(decision), "A review decides something.");
        }

        Decision = decision;
        ReviewedVersion = intakeVersion;
        ReviewerId = prescriberId;
        DecidedAt = atUtc;
        ClearedUntil = decision == ReviewDecision.Cleared ? clearedUntil : null;
        Reason = decision == ReviewDecision.NotCleared ? text : null;
        Question = decision == ReviewDecision.NeedsMoreInformation ? text : null;
        ClientReply = decision == ReviewDecision.NeedsMoreInformation ? null : ClientReply;
        return new PrescriberDecision
        {
            PracticeId = PracticeId, ReviewId = Id, CaseId = CaseId, ClientId = ClientId, Decision = decision,
            IntakeVersion = intakeVersion, ClearedUntil = ClearedUntil, Text = text, PrescriberId = prescriberId, At = atUtc,
        };
    }

    /// <summary>The client answers the prescriber's question; the review waits for the prescriber again.</summary>
    public void Answer(string reply)
    {
        if (Decision != ReviewDecision.NeedsMoreInformation)
        {
            throw new InvalidOperationException("There is no open question to answer.");
        }

        ClientReply = reply;
        Decision = ReviewDecision.Pending;
    }
}

/// <summary>One decision as it was made, kept whatever follows.</summary>
public sealed class PrescriberDecision : PracticeRecord
{
    public Guid ReviewId { get; set; }
    public Guid CaseId { get; set; }
    public Guid ClientId { get; set; }
    public ReviewDecision Decision { get; set; }
    public int IntakeVersion { get; set; }
    public DateOnly? ClearedUntil { get; set; }
    public string? Text { get; set; }
    public Guid PrescriberId { get; set; }
    public DateTime At { get; set; }
}
