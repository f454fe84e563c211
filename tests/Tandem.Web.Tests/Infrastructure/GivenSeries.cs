using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Intake;
using Tandem.Core.Treatment;
using Tandem.Web.Demo;

namespace Tandem.Web.Tests.Infrastructure;

public sealed record SeriesCase(Guid CaseId, TestClient A, TestClient B, IReadOnlyList<SeriesSession> Sessions)
{
    public SeriesSession First(SessionKind kind, Guid? person = null) =>
        Sessions.Where(s => s.Kind == kind && (person is null || s.PersonClientId == person)).OrderBy(s => s.Date).First();
}

/// <summary>A fresh couple in their dosing series (sam leads, maya prescribes), both with intake, current consent and, unless told otherwise, clearance.</summary>
public static class GivenSeries
{
    public static async Task<SeriesCase> CoupleInSeriesAsync(this TandemApp app, SeededPractice practice, bool cleared = true)
    {
        var (caseId, a, b) = await app.CoupleWithLoginsAsync(practice, CaseStage.DosingSeries, "sam", "maya");
        var sessions = await app.InDatabaseAsync(async db =>
        {
            var maya = await db.Users.Where(u => u.Email == practice.Emails["maya"]).Select(u => u.Id).SingleAsync();
            var consent = await db.ConsentDocuments.Where(d => d.PracticeId == practice.PracticeId && d.Kind == CaseKind.Couple)
                .OrderByDescending(d => d.Number).FirstAsync();
            var now = DateTime.UtcNow;
            foreach (var client in new[] { a, b })
            {
                var form = new IntakeForm { PracticeId = practice.PracticeId, CaseId = caseId, ClientId = client.Id, DraftJson = "" };
                db.IntakeForms.Add(form);
                db.IntakeSubmissions.Add(form.Submit(new IntakeAnswers(), now.AddDays(-10)));
                db.ConsentSignatures.Add(new ConsentSignature
                {
                    PracticeId = practice.PracticeId, ClientId = client.Id, CaseId = caseId, ConsentDocumentId = consent.Id, Kind = CaseKind.Couple,
                    DocumentNumber = consent.Number, TypedName = client.FullName, SignedAt = now.AddDays(-10),
                });
                if (cleared)
                {
                    var review = new PrescriberReview { PracticeId = practice.PracticeId, CaseId = caseId, ClientId = client.Id };
                    db.PrescriberReviews.Add(review);
                    db.PrescriberDecisions.Add(review.Decide(ReviewDecision.Cleared, maya, 1, DateOnly.FromDateTime(now).AddYears(1), null, now.AddDays(-9)));
                }
            }

            var series = DosingSeries.Plan(
                practice.PracticeId, caseId, CaseKind.Couple, [a.Id, b.Id], 6, DateOnly.FromDateTime(now).AddDays(1), new SeriesRules());
            series.StartedAt = now;
            db.Series.Add(series);
            await db.SaveChangesAsync();
            return series.Sessions;
        });
        return new SeriesCase(caseId, a, b, sessions);
    }

    /// <summary>Puts a planned session on a day counted from the practice's today, as a clinic's calendar would have it.</summary>
    public static async Task<SeriesSession> OnDayAsync(this TandemApp app, SeriesSession session, int daysFromToday = 0)
    {
        var day = await app.InDatabaseAsync(async db =>
        {
            var today = await Web.Infrastructure.PracticeZones.PracticeTodayAsync(db, session.PracticeId, app.Clock);
            await db.SeriesSessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Date, today.AddDays(daysFromToday)));
            return today.AddDays(daysFromToday);
        });
        session.Date = day;
        return session;
    }
}
