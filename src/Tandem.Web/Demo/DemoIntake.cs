using Tandem.Core;
using Tandem.Core.Cases;
using Tandem.Core.Intake;
using Tandem.Core.Practices;
using Tandem.Data;

namespace Tandem.Web.Demo;

/// <summary>The demo practice's screen and consent texts, and intakes as clients would have filled them in.</summary>
internal sealed class DemoIntake(TandemDbContext db, Practice practice, DateTime now)
{
    private readonly List<ContraindicationItem> items = [.. DefaultContraindications.For(practice.Id)];
    private readonly Dictionary<CaseKind, ConsentDocument> consent = [];

    public async Task SeedPracticeTextsAsync()
    {
        db.ContraindicationItems.AddRange(items);
        foreach (var (kind, title, body) in new[]
        {
            (CaseKind.Individual, "Consent to ketamine-assisted psychotherapy", ConsentTexts.Individual),
            (CaseKind.Couple, "Consent to ketamine-assisted psychotherapy for couples", ConsentTexts.Couple),
        })
        {
            consent[kind] = new ConsentDocument { PracticeId = practice.Id, Kind = kind, Number = 1, Title = title, Body = body };
            db.ConsentDocuments.Add(consent[kind]);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>A submitted intake, signed consent and, when a prescriber is given, a clearance for a year.</summary>
    public async Task CompletedAsync(Guid caseId, CaseKind kind, (Guid Id, string FullName) client, string positive, Guid? clearedBy)
    {
        var answers = Answers(kind, positive);
        var form = new IntakeForm { PracticeId = practice.Id, CaseId = caseId, ClientId = client.Id, DraftJson = "" };
        db.IntakeForms.Add(form);
        db.IntakeSubmissions.Add(form.Submit(answers, now.AddDays(-20)));
        db.ConsentSignatures.Add(new ConsentSignature
        {
            PracticeId = practice.Id, ClientId = client.Id, CaseId = caseId, ConsentDocumentId = consent[kind].Id, Kind = kind,
            DocumentNumber = 1, TypedName = client.FullName, SignedAt = now.AddDays(-20),
        });
        if (clearedBy is { } prescriber)
        {
            var review = new PrescriberReview { PracticeId = practice.Id, CaseId = caseId, ClientId = client.Id };
            db.PrescriberReviews.Add(review);
            db.PrescriberDecisions.Add(review.Decide(ReviewDecision.Cleared, prescriber, 1, DateOnly.FromDateTime(now).AddYears(1), null, now.AddDays(-18)));
        }

        await db.SaveChangesAsync();
    }

    private IntakeAnswers Answers(CaseKind kind, string positive) => new()
    {
        Phone = "+1 555 0142",
        DateOfBirth = new DateOnly(1984, 3, 14),
        EmergencyName = "A close friend",
        EmergencyPhone = "+1 555 0143",
        Medications = positive.Length == 0 ? "None" : "Amlodipine 5 mg daily",
        MedicalHistory = positive.Length == 0 ? "None of note" : "High blood pressure since 2021, on medication",
        PsychiatricHistory = "Depression, treated with talk therapy 2019–2022",
        Screen = [.. items.Select(i => new ScreenAnswer(i.Id, i.Category, i.Text, i.Text == positive, i.Text == positive ? "Last GP reading 150/95" : null))],
        PartnerSafety = kind == CaseKind.Couple ? new IpvAnswers(false, false, false, false) : null,
    };
}
