namespace Tandem.Core.Cases;

/// <summary>How a move between two stages comes about.</summary>
public enum MoveTrigger
{
    /// <summary>The case team moves the case by hand, with a reason.</summary>
    CaseTeam,

    /// <summary>The system moves the case when the condition in DOMAIN.md becomes true.</summary>
    Automatic,
}

public sealed record StageMove(CaseStage From, CaseStage To, MoveTrigger Trigger);

/// <summary>DOMAIN.md's transition table: the one place that says which stage may follow which.</summary>
public static class CaseJourney
{
    public static readonly IReadOnlyList<StageMove> Table =
    [
        new(CaseStage.Inquiry, CaseStage.ConsultationBooked, MoveTrigger.CaseTeam),
        new(CaseStage.ConsultationBooked, CaseStage.ConsultationHeld, MoveTrigger.CaseTeam),
        new(CaseStage.ConsultationBooked, CaseStage.Closed, MoveTrigger.CaseTeam),
        new(CaseStage.ConsultationBooked, CaseStage.Closed, MoveTrigger.Automatic),
        new(CaseStage.ConsultationHeld, CaseStage.Intake, MoveTrigger.CaseTeam),
        new(CaseStage.ConsultationHeld, CaseStage.Closed, MoveTrigger.CaseTeam),
        new(CaseStage.Intake, CaseStage.MedicalReview, MoveTrigger.Automatic),
        new(CaseStage.MedicalReview, CaseStage.Preparation, MoveTrigger.Automatic),
        new(CaseStage.MedicalReview, CaseStage.Closed, MoveTrigger.Automatic),
        new(CaseStage.Preparation, CaseStage.MedicalReview, MoveTrigger.Automatic),

        // A prescriber may still decline in preparation (a re-review, or new information): not cleared closes the case there too.
        new(CaseStage.Preparation, CaseStage.Closed, MoveTrigger.Automatic),
        new(CaseStage.Preparation, CaseStage.DosingSeries, MoveTrigger.CaseTeam),
        new(CaseStage.DosingSeries, CaseStage.Completed, MoveTrigger.Automatic),
        new(CaseStage.Completed, CaseStage.FollowUp, MoveTrigger.Automatic),
        new(CaseStage.Completed, CaseStage.Preparation, MoveTrigger.CaseTeam),
        new(CaseStage.FollowUp, CaseStage.Preparation, MoveTrigger.CaseTeam),
        new(CaseStage.FollowUp, CaseStage.Closed, MoveTrigger.CaseTeam),
    ];

    /// <summary>
    /// Whether a case is open: every stage but Closed and Withdrawn, so a paused case is open. Sharing within a case
    /// reaches the partner only while it is open.
    /// </summary>
    public static bool IsOpen(CaseStage stage) => stage is not (CaseStage.Closed or CaseStage.Withdrawn);

    /// <summary>Stages a case can be paused or withdrawn from: every stage still in care.</summary>
    public static bool IsActive(CaseStage stage) => IsOpen(stage) && stage != CaseStage.Paused;

    /// <summary>The stages the case team may move a case to by hand from where it is now.</summary>
    public static IReadOnlyList<CaseStage> ManualMovesFrom(CaseStage from, CaseStage? pausedFrom)
    {
        if (from == CaseStage.Paused)
        {
            return pausedFrom is { } resume ? [resume, CaseStage.Withdrawn] : [CaseStage.Withdrawn];
        }

        var moves = Table
            .Where(m => m.From == from && m.Trigger == MoveTrigger.CaseTeam)
            .Select(m => m.To)
            .ToList();
        if (IsActive(from))
        {
            moves.Add(CaseStage.Paused);
            moves.Add(CaseStage.Withdrawn);
        }

        return moves;
    }

    /// <summary>Whether the system may make this move by itself when its condition holds.</summary>
    public static bool IsAutomatic(CaseStage from, CaseStage to) =>
        Table.Any(m => m.From == from && m.To == to && m.Trigger == MoveTrigger.Automatic);
}
