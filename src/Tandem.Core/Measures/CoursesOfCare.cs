namespace Tandem.Core.Measures;

/// <summary>One answered questionnaire as the outcome report reads it; <see cref="SeriesId"/> is null for an intake baseline.</summary>
public sealed record AnsweredScore(Guid ResponseId, Guid ClientId, Guid CaseId, Guid? SeriesId, string InstrumentCode, Timepoint Timepoint, DateOnly Day, double Score);

/// <summary>A series of a case, as a course of care: a case's first series starts from the intake baseline, a later one from its own.</summary>
public sealed record SeriesCourse(Guid SeriesId, Guid CaseId, DateOnly StartDate, DateOnly? FirstDose);

public enum BaselineKind
{
    /// <summary>The baseline asked at intake, for a case's first course.</summary>
    Intake = 1,

    /// <summary>The last score before the first dose, for a maintenance series in the same case.</summary>
    BeforeFirstDose = 2,
}

public static class BaselineKinds
{
    /// <summary>How the exports name the baseline a course used.</summary>
    public static string Describe(this BaselineKind kind) => kind == BaselineKind.Intake ? "intake" : "before first dose";
}

/// <summary>A score at a report timepoint, paired with the baseline of its own course of care.</summary>
public sealed record CourseScore(Guid ResponseId, Guid ClientId, Guid CaseId, Guid? SeriesId, string InstrumentCode, Timepoint Timepoint, DateOnly Day, double Score,
    DateOnly BaselineDay, double BaselineScore, BaselineKind BaselineKind);

/// <summary>
/// Pairs later scores with baselines within one course of care (one series), never across courses: a returning client's
/// first baseline never meets a later course's end-of-series score.
/// </summary>
public static class CoursesOfCare
{
    /// <summary>
    /// For each course, its baseline and its first score at each later report timepoint (the baseline itself included,
    /// as the course's first row). A course with no baseline is left out.
    /// </summary>
    public static IReadOnlyList<CourseScore> Pair(IReadOnlyList<AnsweredScore> answers, IReadOnlyList<SeriesCourse> series, IReadOnlyList<Timepoint> laterTimepoints)
    {
        var firstOfCase = series.GroupBy(s => s.CaseId).ToDictionary(g => g.Key, g => g.MinBy(s => s.StartDate)!.SeriesId);
        var byId = series.ToDictionary(s => s.SeriesId);
        var inCase = answers.ToLookup(a => (a.ClientId, a.CaseId, a.InstrumentCode));
        Guid? CourseOf(AnsweredScore a) => a.SeriesId ?? (firstOfCase.TryGetValue(a.CaseId, out var first) ? first : null);
        var result = new List<CourseScore>();
        foreach (var course in answers.GroupBy(a => (a.ClientId, a.CaseId, a.InstrumentCode, Series: CourseOf(a))))
        {
            var maintenance = course.Key.Series is { } id && firstOfCase[course.Key.CaseId] != id;
            var baseline = maintenance
                ? BeforeFirstDose(inCase[(course.Key.ClientId, course.Key.CaseId, course.Key.InstrumentCode)], byId[course.Key.Series!.Value])
                : course.Where(a => a.Timepoint == Timepoint.Baseline).MinBy(a => a.Day);
            if (baseline is null)
            {
                continue;
            }

            var kind = maintenance ? BaselineKind.BeforeFirstDose : BaselineKind.Intake;
            CourseScore Row(AnsweredScore a, Timepoint timepoint) =>
                new(a.ResponseId, a.ClientId, a.CaseId, course.Key.Series, a.InstrumentCode, timepoint, a.Day, a.Score, baseline.Day, baseline.Score, kind);
            result.Add(Row(baseline, Timepoint.Baseline));
            result.AddRange(laterTimepoints
                .Select(t => course.Where(a => a.Timepoint == t && a.Day >= baseline.Day).MinBy(a => a.Day))
                .OfType<AnsweredScore>()
                .Select(a => Row(a, a.Timepoint)));
        }

        return result;
    }

    /// <param name="answers">The client's answers to the instrument in the course's case, whatever their series.</param>
    private static AnsweredScore? BeforeFirstDose(IEnumerable<AnsweredScore> answers, SeriesCourse course) =>
        course.FirstDose is not { } firstDose ? null : answers.Where(a => a.Day <= firstDose).MaxBy(a => a.Day);
}
