using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Clients;
using Tandem.Core.Intake;

namespace Tandem.Web.LargePractice;

/// <summary>Each person's intake (a draft, or submitted with consent signed) and the prescriber's decision on it.</summary>
internal sealed class IntakeWriter(Generation generation)
{
    public void Write(GeneratedCase generated)
    {
        var story = generated.Story;
        if (!story.Reached(CaseStage.Intake))
        {
            return;
        }

        foreach (var person in generated.People)
        {
            var form = new IntakeForm { PracticeId = generation.PracticeId, CaseId = generated.Case.Id, ClientId = person.Id, DraftJson = "" };
            generation.Db.IntakeForms.Add(form);
            if (!story.Reached(CaseStage.MedicalReview))
            {
                continue;
            }

            var positive = story.Decision == ReviewDecision.NotCleared || generation.Random.Bool(0.08f);
            var submittedAt = generation.At(story.IntakeSubmitted, generation.Random.Int(7, 22), generation.Random.Int(0, 59));
            generation.Db.IntakeSubmissions.Add(form.Submit(Answers(story.Kind, positive), submittedAt));
            generation.Audit(AuditCode.Intake_Submitted, person.UserId, person.Id, nameof(IntakeForm), form.Id);
            var consent = generation.Consent[story.Kind];
            var signature = new ConsentSignature
            {
                PracticeId = generation.PracticeId, ClientId = person.Id, CaseId = generated.Case.Id, ConsentDocumentId = consent.Id, Kind = story.Kind,
                DocumentNumber = consent.Number, TypedName = person.FullName, SignedAt = submittedAt,
            };
            generation.Db.ConsentSignatures.Add(signature);
            generation.Audit(AuditCode.ConsentSignature_Signed, person.UserId, person.Id, nameof(ConsentSignature), signature.Id);
            Decide(generated, person, story);
        }
    }

    private void Decide(GeneratedCase generated, Client person, CaseStory story)
    {
        if (story.Decision is not { } decision)
        {
            return;
        }

        var review = new PrescriberReview { PracticeId = generation.PracticeId, CaseId = generated.Case.Id, ClientId = person.Id };
        var at = generation.At(story.ReviewDecided, generation.Random.Int(9, 16), generation.Random.Int(0, 59));
        var text = decision == ReviewDecision.NotCleared ? "Blood pressure uncontrolled at two readings; refer back to the GP before ketamine is considered." : null;
        generation.Db.PrescriberReviews.Add(review);
        generation.Db.PrescriberDecisions.Add(review.Decide(decision, generated.Prescriber.Id, 1, PrescriberReview.DefaultClearedUntil(story.ReviewDecided), text, at));
        generation.Audit(AuditCode.PrescriberReview_Decided, generated.Prescriber.Id, person.Id, nameof(PrescriberReview), review.Id);
    }

    private IntakeAnswers Answers(CaseKind kind, bool positive)
    {
        var faker = generation.Faker;
        var flagged = positive ? generation.Random.ListItem(generation.Screen.ToList()).Id : Guid.Empty;
        return new()
        {
            Phone = faker.Phone.PhoneNumber("+1 ###-###-####"),
            DateOfBirth = generation.Today.AddYears(-generation.Random.Int(24, 71)).AddDays(-generation.Random.Int(0, 364)),
            EmergencyName = faker.Name.FullName(),
            EmergencyPhone = faker.Phone.PhoneNumber("+1 ###-###-####"),
            Medications = generation.Random.ArrayElement(ClinicPhrases.Medications),
            MedicalHistory = positive ? "High blood pressure, on medication" : generation.Random.ArrayElement(ClinicPhrases.MedicalHistories),
            PsychiatricHistory = generation.Random.ArrayElement(ClinicPhrases.PsychiatricHistories),
            Screen = [.. generation.Screen.Select(i => new ScreenAnswer(i.Id, i.Category, i.Text, i.Id == flagged, i.Id == flagged ? "Last GP reading 150/95" : null))],
            PartnerSafety = kind == CaseKind.Couple ? new IpvAnswers(false, false, false, false) : null,
        };
    }
}
