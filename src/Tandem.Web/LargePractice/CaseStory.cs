using Tandem.Core.Cases;
using Tandem.Core.Intake;
using Tandem.Core.Treatment;

namespace Tandem.Web.LargePractice;

/// <summary>A stage move of a case's story: where to and on which clinic day.</summary>
internal sealed record StoryMove(CaseStage To, DateOnly On);

/// <summary>
/// Where one case's journey has reached today and the days it got there: opened, each stage move, and the last day
/// anything happened (today for a case in care; the day it closed, paused or withdrew otherwise).
/// </summary>
internal sealed class CaseStory
{
    public required CaseKind Kind { get; init; }
    public required CaseStage OpenedAt { get; init; }
    public required DateOnly Opened { get; init; }
    public required List<StoryMove> Moves { get; init; }
    public required DateOnly LastActive { get; init; }
    public required int DosesPerPerson { get; init; }
    public required DateOnly IntakeSubmitted { get; init; }
    public required DateOnly ReviewDecided { get; init; }
    public required DateOnly SeriesStart { get; init; }

    public CaseStage Stage => Moves.Count == 0 ? OpenedAt : Moves[^1].To;

    public bool Reached(CaseStage stage) => OpenedAt == stage || Moves.Exists(m => m.To == stage);

    /// <summary>The prescriber's decision, once the intake reached medical review; not cleared when that closed the case.</summary>
    public ReviewDecision? Decision =>
        !Reached(CaseStage.MedicalReview) ? null
        : Reached(CaseStage.Preparation) ? ReviewDecision.Cleared
        : Stage == CaseStage.Closed ? ReviewDecision.NotCleared
        : null;

    /// <summary>Why the rest of the series was cancelled, for a case paused or withdrawn during it.</summary>
    public string? StoppedBecause => Stage switch
    {
        CaseStage.Paused => "Case paused at the client's request",
        CaseStage.Withdrawn => "Client withdrew from care",
        _ => null,
    };

    /// <summary>Days from one dosing series' start to its last planned session.</summary>
    public static int SeriesDays(CaseKind kind, int doses)
    {
        var start = new DateOnly(2000, 1, 3);
        Guid[] people = kind == CaseKind.Couple ? [Guid.Empty, Guid.NewGuid()] : [Guid.Empty];
        return SeriesPlanner.Plan(kind, people, doses, start, new SeriesRules()).Max(s => s.Date).DayNumber - start.DayNumber;
    }
}
