namespace Tandem.Core.Corrections;

/// <summary>
/// A client's request to correct their record (HIPAA 164.526, UK GDPR article 16). What they asked is never overwritten:
/// an accepted request adds the amendment beside it, a declined one the team's reason and, once, the client's
/// statement of disagreement, which goes with the record into every later export.
/// </summary>
public sealed class CorrectionRequest : PracticeRecord
{
    public const int MaxTextLength = 2000;

    public Guid ClientId { get; set; }
    public Guid CaseId { get; set; }
    public required string What { get; set; }
    public required string Why { get; set; }
    public DateTime RequestedAt { get; set; }

    public CorrectionState State { get; private set; }
    public Guid? DecidedById { get; private set; }
    public DateTime? DecidedAt { get; private set; }

    /// <summary>The team's reason: why the record was amended, or why it was not.</summary>
    public string? Reason { get; private set; }

    /// <summary>What the record says now, when accepted.</summary>
    public string? Amendment { get; private set; }

    public string? Disagreement { get; private set; }
    public DateTime? DisagreedAt { get; private set; }

    public bool MayDisagree => State == CorrectionState.Declined && Disagreement is null;

    public void Accept(Guid by, DateTime at, string reason, string amendment)
    {
        Decide(CorrectionState.Accepted, by, at, reason);
        Amendment = amendment;
    }

    public void Decline(Guid by, DateTime at, string reason) => Decide(CorrectionState.Declined, by, at, reason);

    public void Disagree(string statement, DateTime at)
    {
        if (!MayDisagree)
        {
            throw new InvalidOperationException("A statement of disagreement follows a declined request, once.");
        }

        (Disagreement, DisagreedAt) = (statement, at);
    }

    private void Decide(CorrectionState outcome, Guid by, DateTime at, string reason)
    {
        if (State != CorrectionState.Requested)
        {
            throw new InvalidOperationException("This request is already decided.");
        }

        (State, DecidedById, DecidedAt, Reason) = (outcome, by, at, reason);
    }
}
