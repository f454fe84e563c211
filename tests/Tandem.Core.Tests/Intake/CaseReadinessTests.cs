using Tandem.Core.Cases;
using Tandem.Core.Intake;

namespace Tandem.Core.Tests.Intake;

public sealed class CaseReadinessTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static ParticipantReadiness Person(string name, int submitted = 1, bool signed = true, ReviewDecision decision = ReviewDecision.Pending, int reviewed = 0, DateOnly? until = null) =>
        new(Guid.NewGuid(), name, submitted, signed, decision, reviewed, until);

    [Fact]
    public void A_couple_moves_to_review_only_when_both_partners_submitted_and_signed()
    {
        Assert.Null(CaseReadiness.AutomaticMove(CaseStage.Intake, [Person("Jordan"), Person("Alex", signed: false)], Today));
        Assert.Null(CaseReadiness.AutomaticMove(CaseStage.Intake, [Person("Jordan"), Person("Alex", submitted: 0)], Today));
        Assert.Equal(CaseStage.MedicalReview, CaseReadiness.AutomaticMove(CaseStage.Intake, [Person("Jordan"), Person("Alex")], Today)?.To);
        Assert.Equal(["Alex: intake", "Alex: consent"], CaseReadiness.WaitingOn(CaseStage.Intake, [Person("Jordan"), Person("Alex", submitted: 0, signed: false)], Today));
    }

    [Fact]
    public void A_couple_moves_to_preparation_only_when_both_are_cleared_on_their_latest_intake()
    {
        var cleared = Person("Jordan", decision: ReviewDecision.Cleared, reviewed: 1, until: Today.AddMonths(12));
        Assert.Null(CaseReadiness.AutomaticMove(CaseStage.MedicalReview, [cleared, Person("Alex")], Today));
        Assert.Null(CaseReadiness.AutomaticMove(CaseStage.MedicalReview, [cleared, cleared with { FirstName = "Alex", SubmittedVersion = 2 }], Today));
        Assert.Null(CaseReadiness.AutomaticMove(CaseStage.MedicalReview, [cleared, cleared with { FirstName = "Alex", ClearedUntil = Today.AddDays(-1) }], Today));
        Assert.Equal(CaseStage.Preparation, CaseReadiness.AutomaticMove(CaseStage.MedicalReview, [cleared, cleared with { FirstName = "Alex" }], Today)?.To);
        Assert.Equal(["Alex: medical review"], CaseReadiness.WaitingOn(CaseStage.MedicalReview, [cleared, Person("Alex")], Today));
    }

    [Fact]
    public void Not_cleared_closes_the_case_and_a_new_intake_after_clearance_goes_back_to_review()
    {
        var declined = Person("Alex", decision: ReviewDecision.NotCleared, reviewed: 1) with { NotClearedReason = "Uncontrolled glaucoma" };
        Assert.Equal((CaseStage.Closed, "Not medically cleared (Alex): Uncontrolled glaucoma"), CaseReadiness.AutomaticMove(CaseStage.MedicalReview, [Person("Jordan"), declined], Today));
        Assert.Equal((CaseStage.Closed, "Not medically cleared (Alex): Uncontrolled glaucoma"), CaseReadiness.AutomaticMove(CaseStage.Preparation, [Person("Jordan"), declined], Today));
        Assert.True(CaseJourney.IsAutomatic(CaseStage.Preparation, CaseStage.Closed));

        var resubmitted = Person("Jordan", submitted: 2, decision: ReviewDecision.Cleared, reviewed: 1, until: Today.AddMonths(12));
        Assert.Equal(CaseStage.MedicalReview, CaseReadiness.AutomaticMove(CaseStage.Preparation, [resubmitted], Today)?.To);
    }

    [Fact]
    public void A_long_reason_is_shortened_to_fit_the_stage_history()
    {
        var declined = Person("Alex", decision: ReviewDecision.NotCleared, reviewed: 1) with { NotClearedReason = new string('x', PrescriberReview.MaxTextLength) };
        var reason = CaseReadiness.AutomaticMove(CaseStage.MedicalReview, [declined], Today)!.Value.Reason;
        Assert.Equal(Case.MaxReasonLength, reason.Length);
        Assert.EndsWith("x…", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CaseStage.Intake, true, false)]
    [InlineData(CaseStage.MedicalReview, true, true)]
    [InlineData(CaseStage.Preparation, true, true)]
    [InlineData(CaseStage.DosingSeries, true, false)]
    [InlineData(CaseStage.Closed, false, false)]
    [InlineData(CaseStage.Withdrawn, false, false)]
    [InlineData(CaseStage.Paused, false, false)]
    [InlineData(CaseStage.FollowUp, false, false)]
    public void A_decision_is_taken_only_while_the_case_is_in_care_and_not_cleared_only_where_it_can_close_it(CaseStage stage, bool clear, bool decline)
    {
        Assert.Equal(clear, PrescriberReview.CanDecideAt(stage, ReviewDecision.Cleared));
        Assert.Equal(clear, PrescriberReview.CanDecideAt(stage, ReviewDecision.NeedsMoreInformation));
        Assert.Equal(decline, PrescriberReview.CanDecideAt(stage, ReviewDecision.NotCleared));
    }

    [Fact]
    public void Needing_more_information_waits_for_the_clients_answer()
    {
        var asked = Person("Jordan", decision: ReviewDecision.NeedsMoreInformation, reviewed: 1);
        Assert.Null(CaseReadiness.AutomaticMove(CaseStage.MedicalReview, [asked], Today));
        Assert.Equal(["Jordan: answer to the prescriber's question"], CaseReadiness.WaitingOn(CaseStage.MedicalReview, [asked], Today));
    }

    [Fact]
    public void A_review_keeps_each_decision_and_only_a_clearance_has_an_expiry()
    {
        var review = new PrescriberReview { PracticeId = Guid.NewGuid(), CaseId = Guid.NewGuid(), ClientId = Guid.NewGuid() };
        var asked = review.Decide(ReviewDecision.NeedsMoreInformation, Guid.NewGuid(), 1, Today.AddYears(1), "What is your usual blood pressure?", DateTime.UtcNow);
        Assert.Null(asked.ClearedUntil);
        Assert.Equal("What is your usual blood pressure?", review.Question);

        var cleared = review.Decide(ReviewDecision.Cleared, Guid.NewGuid(), 1, Today.AddYears(1), null, DateTime.UtcNow);
        Assert.Equal(Today.AddYears(1), cleared.ClearedUntil);
        Assert.Null(review.Question);
        Assert.Throws<ArgumentOutOfRangeException>(() => review.Decide(ReviewDecision.Pending, Guid.NewGuid(), 1, null, null, DateTime.UtcNow));
    }
}
