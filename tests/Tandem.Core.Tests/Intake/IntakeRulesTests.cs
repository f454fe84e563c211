using Tandem.Core.Intake;

namespace Tandem.Core.Tests.Intake;

public sealed class IntakeRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly Guid Hypertension = Guid.NewGuid();
    private static readonly Guid Psychosis = Guid.NewGuid();

    private static IntakeAnswers Complete(DateOnly? born = null) => new()
    {
        Phone = "555 0100",
        DateOfBirth = born ?? new DateOnly(1985, 6, 1),
        EmergencyName = "Sam Ellis",
        EmergencyPhone = "555 0101",
        Medications = "none",
        MedicalHistory = "none",
        PsychiatricHistory = "depression, 2019",
        Screen =
        [
            new(Hypertension, ScreenCategory.Condition, "Uncontrolled high blood pressure", false, null),
            new(Psychosis, ScreenCategory.MentalHealthAndSubstances, "Psychosis", false, null),
        ],
    };

    [Fact]
    public void A_complete_individual_intake_has_no_problems() =>
        Assert.Empty(IntakeRules.ProblemsForSubmit(Complete(), isCouple: false, [Hypertension, Psychosis], Today));

    [Fact]
    public void Someone_eighteen_today_is_an_adult_and_a_day_younger_is_not()
    {
        Assert.Empty(IntakeRules.ProblemsForSubmit(Complete(new DateOnly(2008, 11, 24)), false, [Hypertension, Psychosis], Today));
        var problem = Assert.Single(IntakeRules.ProblemsForSubmit(Complete(new DateOnly(2008, 11, 25)), false, [Hypertension, Psychosis], Today));
        Assert.Equal(nameof(IntakeAnswers.DateOfBirth), problem.Field);
    }

    [Fact]
    public void A_yes_needs_detail_and_an_unanswered_item_is_named()
    {
        var answers = Complete() with
        {
            Screen = [new(Hypertension, ScreenCategory.Condition, "Uncontrolled high blood pressure", true, " ")],
        };
        var problems = IntakeRules.ProblemsForSubmit(answers, false, [Hypertension, Psychosis], Today);
        Assert.Equal([$"Screen[{Hypertension}]", $"Screen[{Psychosis}]"], problems.Select(p => p.Field));
        Assert.True(answers.HasPositiveScreen);
    }

    [Fact]
    public void A_partner_must_answer_the_private_relationship_questions()
    {
        Assert.Contains(IntakeRules.ProblemsForSubmit(Complete(), isCouple: true, [Hypertension, Psychosis], Today), p => p.Field == nameof(IntakeAnswers.PartnerSafety));
        var answered = Complete() with { PartnerSafety = new IpvAnswers(false, true, false, false) };
        Assert.Empty(IntakeRules.ProblemsForSubmit(answered, isCouple: true, [Hypertension, Psychosis], Today));
        Assert.True(answered.PartnerSafety!.IsPositive);
    }

    [Fact]
    public void Answers_survive_the_round_trip_through_storage()
    {
        var answers = Complete() with { PartnerSafety = new IpvAnswers(false, false, false, true) };
        var back = IntakeAnswers.FromJson(answers.ToJson());
        Assert.Equal(answers.DateOfBirth, back.DateOfBirth);
        Assert.Equal(answers.Screen, back.Screen);
        Assert.Equal(answers.PartnerSafety, back.PartnerSafety);
    }

    [Fact]
    public void Submitting_again_makes_a_new_version_and_keeps_the_old_one_as_it_was()
    {
        var form = new IntakeForm { PracticeId = Guid.NewGuid(), CaseId = Guid.NewGuid(), ClientId = Guid.NewGuid(), DraftJson = "" };
        var first = form.Submit(Complete(), DateTime.UtcNow);
        var second = form.Submit(Complete() with { Medications = "sertraline 50 mg" }, DateTime.UtcNow);
        Assert.Equal((1, 2), (first.Number, second.Number));
        Assert.Equal("none", first.Answers.Medications);
        Assert.Equal("sertraline 50 mg", second.Answers.Medications);
        Assert.Equal(2, form.SubmittedVersion);
    }
}
