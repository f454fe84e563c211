using Microsoft.EntityFrameworkCore;
using Tandem.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Cases;
using Tandem.Web.Pages.Measures;
using Tandem.Web.Pages.Portal.Corrections;
using Tandem.Web.Pages.Portal.Journal;
using Tandem.Web.Pages.Portal.Practices;
using Tandem.Web.Pages.Portal.Repair;
using Tandem.Web.Pages.Portal.RippleMap;
using Tandem.Web.Pages.Portal.Sessions;
using Tandem.Web.Pages.Preparation;

namespace Tandem.Web.Records;

/// <summary>
/// One participant's record as their case team reads it, through the team's own readers, for a transfer of care: what
/// the client shared in this case (never "only me"), their own doses and sessions, and the team's notes. The partner's
/// own material stays in the partner's record. The caller has checked <see cref="Authorization.CaseOperations.ExportRecord"/>.
/// </summary>
public sealed class CareTeamRecordReader(
    TandemDbContext db, CaseFile file, MySessions sessions, JournalEntries journal, PreparationMaterial preparation, HomePracticeLog practices,
    RepairLog repair, ScoreHistory scores, CorrectionLog corrections, MapSnapshots maps, TimeProvider clock)
{
    public async Task<ClientRecord> ReadAsync(Guid practiceId, Guid caseId, Guid clientId, string exportedBy, string purpose)
    {
        var zone = await db.PracticeZoneAsync(practiceId);
        var today = await db.PracticeTodayAsync(practiceId, clock);
        var client = await db.Clients.AsNoTracking().SingleAsync(c => c.Id == clientId && c.PracticeId == practiceId);
        var practiceName = await db.Practices.Where(p => p.Id == practiceId).Select(p => p.Name).SingleAsync();
        var caseName = await db.Cases.Where(c => c.PracticeId == practiceId && c.Id == caseId).Select(c => c.Name).SingleAsync();
        var (consents, intakes, reviews) = await ClientRecordReader.SignedAndReviewedAsync(db, practiceId, clientId, db.Cases.Where(c => c.PracticeId == practiceId && c.Id == caseId).Select(c => c.Id), teamView: true);

        var inCase = sessions.InCase(caseId, clientId);
        var theirSessions = await sessions.ListAsync(inCase);
        var doses = await ClientRecordReader.DosesAsync(db, practiceId, sessions.DosesIn(inCase, clientId), theirSessions);
        var integrations = await ClientRecordReader.IntegrationsAsync(db, practiceId, inCase, clientId, today);
        var (intentions, spots) = await preparation.SharedInCaseAsync(caseId);
        var given = await practices.GivenAsync(clientId, today, caseId);
        var log = given.Count == 0 ? [] : await practices.RowsAsync(clientId, given, DateOnly.MinValue, today);
        var episodes = (await repair.ForCaseTeamAsync(caseId))
            .Select(e => new RepairLog.Episode(Guid.Empty, e.OccurredOn, e.RevealedAt, e.Sides.FirstOrDefault(s => s.ClientId == clientId), null, false))
            .Where(e => e.Mine is not null).ToList();

        return new ClientRecord(
            clientId, client.FirstName, client.LastName, client.Email, client.Phone, practiceName, zone, clock.GetUtcNow().UtcDateTime, today,
            consents, intakes, reviews, theirSessions, doses, integrations,
            [.. intentions.Where(i => i.AuthorId == clientId)], [.. spots.Where(s => s.AuthorId == clientId)],
            await journal.SharedInCaseAsync(caseId, clientId), log, episodes,
            [.. (await scores.InCaseAsync(caseId, zone)).Where(s => s.ClientId == clientId)],
            await corrections.OfClientAsync(practiceId, clientId))
        {
            Maps = await maps.SharedInCaseAsync(caseId, clientId),
            Team = new ClientRecord.CareTeamPart(caseName, exportedBy, purpose, await TeamNotesAsync(practiceId, caseId, clientId, inCase)),
        };
    }

    private async Task<List<ClientRecord.TeamNote>> TeamNotesAsync(Guid practiceId, Guid caseId, Guid clientId, IQueryable<Core.Treatment.SeriesSession> inCase)
    {
        var ids = inCase.Select(s => s.Id);
        var observations = await (
                from d in db.DosingSessions.AsNoTracking()
                where d.PracticeId == practiceId && ids.Contains(d.SeriesSessionId) && d.SignedAt != null && d.Observations != null
                join u in db.Users on d.SignedById equals (Guid?)u.Id
                select new ClientRecord.TeamNote(d.SignedAt!.Value, "Observations of a dosing session", u.DisplayName, d.Observations!))
            .ToListAsync();
        var integrationNotes = await (
                from i in db.IntegrationSessions.AsNoTracking()
                where i.PracticeId == practiceId && ids.Contains(i.SeriesSessionId) && i.SignedAt != null && i.ClinicianNotes != null
                join u in db.Users on i.SignedById equals (Guid?)u.Id
                select new ClientRecord.TeamNote(i.SignedAt!.Value, "Clinician's notes of an integration session", u.DisplayName, i.ClinicianNotes!))
            .ToListAsync();
        var overrides = await (
                from o in db.SafetyOverrides.AsNoTracking()
                where o.PracticeId == practiceId && o.CaseId == caseId && o.ClientId == clientId
                join u in db.Users on o.PrescriberId equals u.Id
                select new ClientRecord.TeamNote(o.At, "Safety check overridden", u.DisplayName, o.Finding + " — " + o.Reason))
            .ToListAsync();
        var notes = (await file.NotesAsync(caseId)).Select(n => new ClientRecord.TeamNote(n.At, "Case note", n.Author, n.Text));
        var stages = (await file.HistoryAsync(caseId)).Select(h => new ClientRecord.TeamNote(h.At, "Stage", h.By, $"{(h.From is { } from ? Pages.StageNames.Of(from) : "New")} → {Pages.StageNames.Of(h.To)}: {h.Reason}"));
        return [.. observations.Concat(integrationNotes).Concat(overrides).Concat(notes).Concat(stages).OrderBy(n => n.At)];
    }
}
