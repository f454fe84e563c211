using Tandem.Core.Measures;

namespace Tandem.Core.Tests.Measures;

public sealed class CoursesOfCareTests
{
    private static readonly Guid Client = Guid.NewGuid();
    private static readonly DateOnly Start = new(2025, 1, 6);
    private static readonly IReadOnlyList<Timepoint> Later = [Timepoint.EndOfSeries, Timepoint.FollowUp(3)];

    [Fact]
    public void A_returning_clients_first_baseline_never_pairs_with_a_later_courses_end_of_series()
    {
        var (firstCase, secondCase) = (Guid.NewGuid(), Guid.NewGuid());
        var (firstSeries, secondSeries) = (Guid.NewGuid(), Guid.NewGuid());
        AnsweredScore[] answers =
        [
            Phq(firstCase, null, Timepoint.Baseline, 0, 24),
            Phq(secondCase, null, Timepoint.Baseline, 400, 10),
            Phq(secondCase, secondSeries, Timepoint.EndOfSeries, 460, 3),
        ];
        SeriesCourse[] series = [new(firstSeries, firstCase, Start.AddDays(30), Start.AddDays(31)), new(secondSeries, secondCase, Start.AddDays(430), Start.AddDays(431))];

        var rows = CoursesOfCare.Pair(answers, series, Later);

        var end = Assert.Single(rows, r => r.Timepoint == Timepoint.EndOfSeries);
        Assert.Equal((10, 3, BaselineKind.Intake), (end.BaselineScore, end.Score, end.BaselineKind));
        Assert.DoesNotContain(rows, r => r.BaselineScore == 24 && r.Timepoint != Timepoint.Baseline);
    }

    [Fact]
    public void A_maintenance_series_starts_from_its_last_score_before_its_first_dose()
    {
        var caseId = Guid.NewGuid();
        var (first, maintenance) = (Guid.NewGuid(), Guid.NewGuid());
        AnsweredScore[] answers =
        [
            Phq(caseId, null, Timepoint.Baseline, 0, 20),
            Phq(caseId, first, Timepoint.BeforeDose(1), 30, 19),
            Phq(caseId, first, Timepoint.EndOfSeries, 90, 8),
            Phq(caseId, first, Timepoint.FollowUp(3), 170, 12),
            Phq(caseId, maintenance, Timepoint.BeforeDose(1), 199, 14),
            Phq(caseId, maintenance, Timepoint.EndOfSeries, 260, 6),
        ];
        SeriesCourse[] series = [new(first, caseId, Start.AddDays(30), Start.AddDays(31)), new(maintenance, caseId, Start.AddDays(195), Start.AddDays(200))];

        var rows = CoursesOfCare.Pair(answers, series, Later);

        var ends = rows.Where(r => r.Timepoint == Timepoint.EndOfSeries).OrderBy(r => r.Day).Select(r => (r.SeriesId, r.BaselineScore, r.Score, r.BaselineKind));
        Assert.Equal([(first, 20, 8, BaselineKind.Intake), (maintenance, 14, 6, BaselineKind.BeforeFirstDose)], ends);
        Assert.Equal(12, Assert.Single(rows, r => r.Timepoint == Timepoint.FollowUp(3)).Score);
    }

    [Fact]
    public void A_case_whose_series_was_never_planned_is_one_course_from_its_intake_baseline()
    {
        var caseId = Guid.NewGuid();
        var rows = CoursesOfCare.Pair([Phq(caseId, null, Timepoint.Baseline, 0, 18), Phq(caseId, null, Timepoint.EndOfSeries, 70, 9)], [], Later);
        Assert.Equal((18, 9), (rows[1].BaselineScore, rows[1].Score));
    }

    private static AnsweredScore Phq(Guid caseId, Guid? series, Timepoint timepoint, int day, int score) =>
        new(Guid.NewGuid(), Client, caseId, series, Instruments.Phq9.Code, timepoint, Start.AddDays(day), score);
}
