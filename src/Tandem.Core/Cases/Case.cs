namespace Tandem.Core.Cases;

/// <summary>The unit of care: one client, or a couple.</summary>
public sealed class Case : PracticeRecord
{
    public const int MaxReasonLength = 500;

    public CaseKind Kind { get; set; }
    public required string Name { get; set; }
    public CaseStage Stage { get; set; }

    /// <summary>How many moves the case has made; numbers its history, since several moves can share a moment.</summary>
    public int MoveCount { get; set; }

    /// <summary>The stage a paused case returns to when resumed.</summary>
    public CaseStage? PausedFrom { get; set; }

    public List<CaseParticipant> Participants { get; } = [];
    public List<CaseTeamMember> Team { get; } = [];
    public List<CaseStageChange> StageHistory { get; } = [];
    public List<CaseNote> Notes { get; } = [];

    /// <summary>Moves the case by the case team's hand, recording who, when and why.</summary>
    public CaseStageChange MoveByHand(CaseStage to, Guid byStaffId, string reason, DateTime atUtc)
    {
        if (!CaseJourney.ManualMovesFrom(Stage, PausedFrom).Contains(to))
        {
            throw new InvalidCaseMoveException(Stage, to);
        }

        return Record(to, byStaffId, reason, atUtc);
    }

    /// <summary>A move Tandem makes by itself once its condition holds (DOMAIN.md's automatic rows).</summary>
    public CaseStageChange MoveAutomatically(CaseStage to, string reason, DateTime atUtc)
    {
        if (!CaseJourney.IsAutomatic(Stage, to))
        {
            throw new InvalidCaseMoveException(Stage, to);
        }

        return Record(to, null, reason, atUtc);
    }

    /// <summary>Opens the case at its first stage.</summary>
    public CaseStageChange Open(CaseStage stage, Guid? byUserId, string reason, DateTime atUtc)
    {
        if (StageHistory.Count > 0)
        {
            throw new InvalidOperationException("The case is already open.");
        }

        Stage = stage;
        MoveCount = 1;
        var change = new CaseStageChange
        {
            PracticeId = PracticeId, CaseId = Id, Number = MoveCount, From = null, To = stage, ById = byUserId, At = atUtc, Reason = reason,
        };
        StageHistory.Add(change);
        return change;
    }

    private CaseStageChange Record(CaseStage to, Guid? byUserId, string reason, DateTime atUtc)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A stage move needs a reason.", nameof(reason));
        }

        MoveCount++;
        var change = new CaseStageChange
        {
            PracticeId = PracticeId, CaseId = Id, Number = MoveCount, From = Stage, To = to, ById = byUserId, At = atUtc, Reason = reason.Trim(),
        };
        PausedFrom = to == CaseStage.Paused ? Stage : null;
        Stage = to;
        StageHistory.Add(change);
        return change;
    }
}

public sealed class InvalidCaseMoveException(CaseStage from, CaseStage to)
    : InvalidOperationException($"A case at {from} cannot be moved to {to} this way.");
