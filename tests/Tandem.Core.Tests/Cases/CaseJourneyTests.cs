using Tandem.Core.Cases;

namespace Tandem.Core.Tests.Cases;

public sealed class CaseJourneyTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(CaseStage.ConsultationBooked, new[] { CaseStage.ConsultationHeld, CaseStage.Closed, CaseStage.Paused, CaseStage.Withdrawn })]
    [InlineData(CaseStage.ConsultationHeld, new[] { CaseStage.Intake, CaseStage.Closed, CaseStage.Paused, CaseStage.Withdrawn })]
    [InlineData(CaseStage.Intake, new[] { CaseStage.Paused, CaseStage.Withdrawn })]
    [InlineData(CaseStage.Preparation, new[] { CaseStage.DosingSeries, CaseStage.Paused, CaseStage.Withdrawn })]
    [InlineData(CaseStage.DosingSeries, new[] { CaseStage.Paused, CaseStage.Withdrawn })]
    [InlineData(CaseStage.Completed, new[] { CaseStage.Preparation, CaseStage.Paused, CaseStage.Withdrawn })]
    [InlineData(CaseStage.FollowUp, new[] { CaseStage.Preparation, CaseStage.Closed, CaseStage.Paused, CaseStage.Withdrawn })]
    [InlineData(CaseStage.Closed, new CaseStage[0])]
    [InlineData(CaseStage.Withdrawn, new CaseStage[0])]
    public void The_case_team_may_move_a_case_only_along_the_journey(CaseStage from, CaseStage[] expected)
    {
        Assert.Equal(expected.Order(), CaseJourney.ManualMovesFrom(from, null).Order());
    }

    [Fact]
    public void A_paused_case_resumes_at_the_stage_it_left()
    {
        var @case = NewCase(CaseStage.DosingSeries);
        @case.MoveByHand(CaseStage.Paused, Guid.NewGuid(), "Partner travelling for work", Now);

        Assert.Equal(CaseStage.DosingSeries, @case.PausedFrom);
        Assert.Equal([CaseStage.DosingSeries, CaseStage.Withdrawn], CaseJourney.ManualMovesFrom(@case.Stage, @case.PausedFrom));

        @case.MoveByHand(CaseStage.DosingSeries, Guid.NewGuid(), "Back from travel", Now.AddDays(10));
        Assert.Equal(CaseStage.DosingSeries, @case.Stage);
        Assert.Null(@case.PausedFrom);
    }

    [Fact]
    public void Automatic_moves_cannot_be_made_by_hand()
    {
        var @case = NewCase(CaseStage.Intake);
        Assert.Throws<InvalidCaseMoveException>(() => @case.MoveByHand(CaseStage.MedicalReview, Guid.NewGuid(), "skip", Now));
        Assert.Equal(CaseStage.Intake, @case.Stage);
    }

    [Fact]
    public void Hand_moves_cannot_be_made_automatically()
    {
        var @case = NewCase(CaseStage.Preparation);
        Assert.Throws<InvalidCaseMoveException>(() => @case.MoveAutomatically(CaseStage.DosingSeries, "auto", Now));
    }

    [Fact]
    public void Every_move_records_who_when_and_why()
    {
        var @case = NewCase(CaseStage.ConsultationHeld);
        var clinician = Guid.NewGuid();
        var change = @case.MoveByHand(CaseStage.Intake, clinician, "  Proceed: good fit  ", Now);

        Assert.Equal((CaseStage?)CaseStage.ConsultationHeld, change.From);
        Assert.Equal(CaseStage.Intake, change.To);
        Assert.Equal(clinician, change.ById);
        Assert.Equal(Now, change.At);
        Assert.Equal("Proceed: good fit", change.Reason);
        Assert.Same(change, @case.StageHistory[^1]);
    }

    [Fact]
    public void A_move_without_a_reason_is_refused()
    {
        var @case = NewCase(CaseStage.ConsultationHeld);
        Assert.Throws<ArgumentException>(() => @case.MoveByHand(CaseStage.Intake, Guid.NewGuid(), "   ", Now));
        Assert.Equal(CaseStage.ConsultationHeld, @case.Stage);
    }

    [Fact]
    public void Every_stage_says_what_it_waits_for()
    {
        foreach (var stage in Enum.GetValues<CaseStage>())
        {
            Assert.False(string.IsNullOrWhiteSpace(CaseWaitingFor.Describe(stage)));
        }
    }

    private static Case NewCase(CaseStage stage)
    {
        var @case = new Case { PracticeId = Guid.NewGuid(), Name = "Test", Kind = CaseKind.Couple };
        @case.Open(stage, null, "test", Now);
        return @case;
    }
}
