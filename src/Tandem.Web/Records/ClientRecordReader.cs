using Microsoft.EntityFrameworkCore;
using Tandem.Core.Intake;
using Tandem.Core.Preparation;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Measures;
using Tandem.Web.Pages.Portal;
using Tandem.Web.Pages.Portal.Corrections;
using Tandem.Web.Pages.Portal.Journal;
using Tandem.Web.Pages.Portal.Practices;
using Tandem.Web.Pages.Portal.Repair;
using Tandem.Web.Pages.Portal.RippleMap;
using Tandem.Web.Pages.Portal.Sessions;
using Tandem.Web.Pages.Preparation;

namespace Tandem.Web.Records;

/// <summary>
/// Reads the signed-in client's whole record through the same readers and scopes as their portal pages, so the export
/// shows exactly what the portal does; the partner's material appears only as the material handlers allow.
/// </summary>
public sealed class ClientRecordReader(
    TandemDbContext db, CaseScope scope, MySessions sessions, JournalEntries journal, PreparationMaterial preparation, HomePracticeLog practices,
    RepairLog repair, PortalCases cases, ScoreHistory scores, CorrectionLog corrections, MapSnapshots maps, ClinicalAudit audit, TimeProvider clock)
{
    public async Task<ClientRecord> ReadAsync()
    {
        var me = scope.Viewer.ClientId ?? throw new InvalidOperationException("Only a client has a portal record.");
        var practice = scope.Viewer.PracticeId;
        var myCases = scope.Cases.Select(c => c.Id);
        var zone = await db.PracticeZoneAsync(practice);
        var today = await db.PracticeTodayAsync(practice, clock);
        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == me && c.PracticeId == practice);
        var practiceName = await db.Practices.Where(p => p.Id == practice).Select(p => p.Name).SingleAsync();

        var (consents, intakes, reviews) = await SignedAndReviewedAsync(db, practice, me, myCases, teamView: false);

        var mySessions = await sessions.ListAsync();
        var doses = await DosesAsync(db, practice, sessions.MyDoses(me), mySessions);
        var integrations = await IntegrationsAsync(db, practice, sessions.Query(), me, today);
        var (intentions, spots) = await preparation.ForClientAsync(me);
        var entries = await journal.ForClientAsync(me);
        var given = await practices.GivenAsync(me, today);
        var log = given.Count == 0 ? [] : await practices.RowsAsync(me, given, DateOnly.MinValue, today);
        var episodes = new List<RepairLog.Episode>();
        foreach (var couple in await cases.OpenCouplesAsync())
        {
            episodes.AddRange(await repair.ForPartnerAsync(couple, me));
        }

        await audit.RecordPartnerReadsAsync(nameof(Core.Journal.JournalEntry), entries.Select(e => (e.Id, e.AuthorId)));
        await audit.RecordPartnerReadsAsync(nameof(Intention), intentions.Select(i => (i.Id, i.AuthorId)));
        await audit.RecordPartnerReadsAsync(nameof(HotSpot), spots.Select(s => (s.Id, s.AuthorId)));
        var drawn = await maps.ForClientAsync(me);
        await audit.RecordPartnerReadsAsync(nameof(Core.RippleMap.MapSnapshot), drawn.Select(m => (m.Id, m.OwnerId)));

        return new ClientRecord(
            me, client.FirstName, client.LastName, client.Email, client.Phone, practiceName, zone, clock.GetUtcNow().UtcDateTime, today,
            consents, intakes, reviews,
            mySessions, doses, integrations, intentions, spots, entries, log, episodes,
            await scores.ScoresAsync(db.QuestionnaireResponses.Where(r => r.PracticeId == practice && r.ClientId == me), zone),
            await corrections.OfClientAsync(practice, me)) { Maps = drawn };
    }

    /// <summary>The client's consents, intakes and medical reviews in these cases; the team reads every review's reasons.</summary>
    internal static async Task<(List<ClientRecord.SignedConsent>, List<ClientRecord.Intake>, List<ClientRecord.Review>)> SignedAndReviewedAsync(
        TandemDbContext db, Guid practiceId, Guid me, IQueryable<Guid> cases, bool teamView)
    {
        var consents = await db.ConsentSignatures.AsNoTracking().Where(s => s.PracticeId == practiceId && s.ClientId == me && cases.Contains(s.CaseId)).OrderBy(s => s.SignedAt)
            .Join(db.ConsentDocuments, s => new { s.PracticeId, Id = s.ConsentDocumentId }, d => new { d.PracticeId, d.Id }, (s, d) => new ClientRecord.SignedConsent(d.Title, s.DocumentNumber, s.TypedName, s.SignedAt))
            .ToListAsync();
        var intakes = await db.IntakeSubmissions.AsNoTracking().Where(s => s.PracticeId == practiceId && s.ClientId == me && cases.Contains(s.CaseId)).OrderBy(s => s.SubmittedAt)
            .Select(s => new { s.Number, s.SubmittedAt, s.AnswersJson }).ToListAsync();
        var reviews = await db.PrescriberDecisions.AsNoTracking().Where(d => d.PracticeId == practiceId && d.ClientId == me && cases.Contains(d.CaseId)).OrderBy(d => d.At)
            .Select(d => new ClientRecord.Review(d.Decision, d.ClearedUntil, teamView || d.Decision == ReviewDecision.NeedsMoreInformation ? d.Text : null, d.At))
            .ToListAsync();
        return (consents, [.. intakes.Select(i => new ClientRecord.Intake(i.Number, i.SubmittedAt, IntakeAnswers.FromJson(i.AnswersJson)))], reviews);
    }

    /// <summary>The dosing records, each with its series session and day.</summary>
    internal static async Task<List<ClientRecord.Dose>> DosesAsync(TandemDbContext db, Guid practiceId, IQueryable<Core.Dosing.DosingRecord> records, IReadOnlyList<MySessions.Item> sessions)
    {
        var doseRecords = await records.ToListAsync();
        var dosingSessionIds = doseRecords.Select(d => d.DosingSessionId).ToList();
        var seriesOf = await db.DosingSessions.AsNoTracking().Where(d => d.PracticeId == practiceId && dosingSessionIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.SeriesSessionId);
        return [.. doseRecords.Select(d => new ClientRecord.Dose(d, seriesOf[d.DosingSessionId], sessions.Single(s => s.Id == seriesOf[d.DosingSessionId]).Date))];
    }

    /// <summary>The written-up integrations of these sessions whose day has come, each with the practices given to the client in it.</summary>
    internal static async Task<List<ClientRecord.Integration>> IntegrationsAsync(TandemDbContext db, Guid practiceId, IQueryable<Core.Treatment.SeriesSession> sessions, Guid me, DateOnly today)
    {
        var mine = sessions.Where(s => s.Date <= today).Select(s => s.Id);
        var signed = await db.IntegrationSessions.AsNoTracking()
            .Where(i => i.PracticeId == practiceId && mine.Contains(i.SeriesSessionId) && i.SignedAt != null)
            .OrderBy(i => i.SignedAt)
            .Select(i => new
            {
                i.SeriesSessionId, i.SharedInsights, SignedAt = i.SignedAt!.Value,
                Practices = i.Practices.Where(a => a.ClientId == me).OrderBy(a => a.HomePractice!.SortOrder).Select(a => a.HomePractice!.Name + ": " + a.HomePractice.Description).ToList(),
            })
            .ToListAsync();
        return [.. signed.Select(i => new ClientRecord.Integration(i.SeriesSessionId, i.SharedInsights, i.Practices, i.SignedAt))];
    }
}
