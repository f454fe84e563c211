using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Intake;
using Tandem.Web.Demo;

namespace Tandem.Web.Tests.Infrastructure;

/// <summary>Fresh couples past intake (sam leads, maya prescribes), and practices whose day differs from UTC's.</summary>
public static class GivenClearance
{
    /// <summary>A couple at <paramref name="stage"/>, both with intake version 1 submitted, the current consent signed and a clearance.</summary>
    public static async Task<(Guid CaseId, TestClient A, TestClient B)> ClearedCoupleAsync(this TandemApp app, SeededPractice practice, CaseStage stage)
    {
        var (caseId, a, b) = await app.CoupleWithLoginsAsync(practice, stage, "sam", "maya");
        await app.InDatabaseAsync(async db =>
        {
            var maya = await db.Users.Where(u => u.Email == practice.Emails["maya"]).Select(u => u.Id).SingleAsync();
            var consent = await db.ConsentDocuments.Where(d => d.PracticeId == practice.PracticeId && d.Kind == CaseKind.Couple)
                .OrderByDescending(d => d.Number).FirstAsync();
            var now = DateTime.UtcNow;
            foreach (var client in new[] { a, b })
            {
                var form = new IntakeForm { PracticeId = practice.PracticeId, CaseId = caseId, ClientId = client.Id, DraftJson = "" };
                db.IntakeForms.Add(form);
                db.IntakeSubmissions.Add(form.Submit(new IntakeAnswers(), now.AddDays(-3)));
                db.ConsentSignatures.Add(new ConsentSignature
                {
                    PracticeId = practice.PracticeId, ClientId = client.Id, CaseId = caseId, ConsentDocumentId = consent.Id, Kind = CaseKind.Couple,
                    DocumentNumber = consent.Number, TypedName = client.FullName, SignedAt = now.AddDays(-3),
                });
                var review = new PrescriberReview { PracticeId = practice.PracticeId, CaseId = caseId, ClientId = client.Id };
                db.PrescriberReviews.Add(review);
                db.PrescriberDecisions.Add(review.Decide(ReviewDecision.Cleared, maya, 1, DateOnly.FromDateTime(now).AddYears(1), null, now.AddDays(-2)));
            }

            return await db.SaveChangesAsync();
        });
        return (caseId, a, b);
    }

    /// <summary>
    /// A practice of its own whose calendar day differs from UTC's right now (a day behind before noon UTC, a day ahead after),
    /// so a date taken from UTC instead of the practice shows.
    /// </summary>
    public static async Task<(SeededPractice Practice, DateOnly Today)> PracticeAwayFromUtcAsync(this TandemApp app)
    {
        var practice = await app.OwnPracticeAsync();
        var zoneId = app.Clock.GetUtcNow().Hour < 12 ? "Etc/GMT+12" : "Etc/GMT-14";
        await app.InDatabaseAsync(db => db.Practices.Where(p => p.Id == practice.PracticeId).ExecuteUpdateAsync(p => p.SetProperty(x => x.TimeZoneId, zoneId)));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(app.Clock.GetUtcNow().UtcDateTime, TimeZoneInfo.FindSystemTimeZoneById(zoneId)));
        return (practice, today);
    }
}
