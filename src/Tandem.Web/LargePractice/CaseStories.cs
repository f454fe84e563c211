using Tandem.Core.Cases;

namespace Tandem.Web.LargePractice;

/// <summary>
/// Tells each case's story: a stage drawn from a mix that puts cases at every stage (most in care or followed up, some
/// closed early, paused or withdrawn), then days between the steps drawn from the ranges a practice sees.
/// </summary>
internal static class CaseStories
{
    private enum Ending { InCare, NotAFit, NotCleared, Paused, Withdrawn }

    private static readonly (CaseStage Stage, Ending Ending, int Weight)[] Mix =
    [
        (CaseStage.Inquiry, Ending.InCare, 2), (CaseStage.ConsultationBooked, Ending.InCare, 4), (CaseStage.ConsultationHeld, Ending.InCare, 3),
        (CaseStage.Intake, Ending.InCare, 6), (CaseStage.MedicalReview, Ending.InCare, 4), (CaseStage.Preparation, Ending.InCare, 7),
        (CaseStage.DosingSeries, Ending.InCare, 16), (CaseStage.Completed, Ending.InCare, 4), (CaseStage.FollowUp, Ending.InCare, 26),
        (CaseStage.Closed, Ending.InCare, 19), (CaseStage.ConsultationHeld, Ending.NotAFit, 4), (CaseStage.MedicalReview, Ending.NotCleared, 3),
        (CaseStage.Preparation, Ending.Paused, 2), (CaseStage.DosingSeries, Ending.Paused, 2),
        (CaseStage.Intake, Ending.Withdrawn, 2), (CaseStage.DosingSeries, Ending.Withdrawn, 4),
    ];

    /// <param name="number">The case's number in the practice: the first cases take each stage of the mix in turn, so even a small practice has cases at every stage.</param>
    public static CaseStory Tell(Generation generation, CaseKind kind, int number)
    {
        var random = generation.Random;
        var (stage, ending) = number < Mix.Length ? (Mix[number].Stage, Mix[number].Ending) : Pick(random);
        var held = random.Int(3, 14);
        var intake = held + random.Int(1, 4);
        var submitted = intake + random.Int(4, 20);
        var cleared = submitted + random.Int(2, 10);
        var planned = cleared + random.Int(7, 21);
        var start = planned + random.Int(1, 5);
        var doses = random.Int(6, 8);
        var completed = start + CaseStory.SeriesDays(kind, doses);
        var followUp = completed + 7;
        var closed = followUp + random.Int(300, 400);
        (CaseStage Stage, int Day)[] line =
        [
            (CaseStage.ConsultationBooked, 0), (CaseStage.ConsultationHeld, held), (CaseStage.Intake, intake), (CaseStage.MedicalReview, submitted),
            (CaseStage.Preparation, cleared), (CaseStage.DosingSeries, planned), (CaseStage.Completed, completed), (CaseStage.FollowUp, followUp),
            (CaseStage.Closed, closed), (CaseStage.Closed, closed + random.Int(1, 700)),
        ];

        var reached = Array.FindIndex(line, l => l.Stage == stage);
        List<(CaseStage Stage, int Day)> moves = reached < 0 ? [] : [.. line[1..(reached + 1)]];
        int lastActive, today;
        switch (ending)
        {
            case Ending.InCare when reached < 0:
                lastActive = today = random.Int(0, 10);
                break;
            case Ending.InCare:
                today = random.Int(line[reached].Day, line[reached + 1].Day - 1);
                lastActive = stage == CaseStage.Closed ? closed : today;
                break;
            default:
                // Left care part-way through the stage reached: by hand, or automatically when the prescriber did not clear.
                lastActive = random.Int(line[reached].Day + 1, Math.Max(line[reached].Day + 1, line[reached + 1].Day - 1));
                moves.Add((ending switch { Ending.Paused => CaseStage.Paused, Ending.Withdrawn => CaseStage.Withdrawn, _ => CaseStage.Closed }, lastActive));
                today = lastActive + (ending == Ending.Paused ? random.Int(1, 60) : random.Int(1, 600));
                break;
        }

        var opened = generation.Today.AddDays(-today);
        return new CaseStory
        {
            Kind = kind, OpenedAt = reached < 0 ? CaseStage.Inquiry : CaseStage.ConsultationBooked, Opened = opened,
            Moves = [.. moves.Select(m => new StoryMove(m.Stage, opened.AddDays(m.Day)))], LastActive = opened.AddDays(lastActive),
            DosesPerPerson = doses, IntakeSubmitted = opened.AddDays(submitted), ReviewDecided = opened.AddDays(ending == Ending.NotCleared ? lastActive : cleared),
            SeriesStart = opened.AddDays(start),
        };
    }

    private static (CaseStage Stage, Ending Ending) Pick(Bogus.Randomizer random)
    {
        var draw = random.Int(1, Mix.Sum(m => m.Weight));
        foreach (var (stage, ending, weight) in Mix)
        {
            draw -= weight;
            if (draw <= 0)
            {
                return (stage, ending);
            }
        }

        throw new InvalidOperationException("The stage mix is empty.");
    }
}
