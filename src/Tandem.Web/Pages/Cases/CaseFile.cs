using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Cases;
using Tandem.Core.Consultations;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Pages.Series;

namespace Tandem.Web.Pages.Cases;

/// <summary>
/// Read models of a case, loaded with no tracking, in a fixed number of queries whatever the case's size. Callers have
/// reached the case through <see cref="CaseScope"/>, so it is in the viewer's practice, which every query names.
/// </summary>
public sealed class CaseFile(TandemDbContext db, TimeProvider clock, CurrentViewer viewer)
{
    private Guid PracticeId => viewer.Value.PracticeId;

    public sealed record Header(Guid Id, string Name, CaseKind Kind, CaseStage Stage, CaseStage? PausedFrom, Guid Version);

    /// <param name="Version">The version of their place on the team, which the form taking them off posts back; none for staff not on it.</param>
    public sealed record TeamMember(Guid StaffId, string Name, bool IsLead, bool IsPrescriber, Guid? Version = null);

    public sealed record Participant(Guid ClientId, string Name, string Email, string? Phone, bool HasPortalLogin, bool IsInvited);

    public sealed record Named(Guid ClientId, string FirstName);

    public sealed record StageEntry(CaseStage? From, CaseStage To, DateTime At, string By, string Reason);

    public sealed record Note(DateTime At, string Author, string Text);

    public sealed record Consultation(Guid BookingId, DateTime StartsAt, bool Cancelled, ConsultationOutcome? Outcome, string? OutcomeNote, string? ReferralNote, string Hopes, string TimeZoneId);

    public Task<Header> HeaderAsync(Guid caseId) =>
        db.Cases.AsNoTracking().Where(c => c.PracticeId == PracticeId && c.Id == caseId)
            .Select(c => new Header(c.Id, c.Name, c.Kind, c.Stage, c.PausedFrom, c.Version))
            .FirstAsync();

    public Task<List<TeamMember>> TeamAsync(Guid caseId) =>
        (from t in db.CaseTeamMembers.AsNoTracking()
         where t.PracticeId == PracticeId && t.CaseId == caseId
         join u in db.Users on t.StaffId equals u.Id
         orderby t.IsLead descending, u.DisplayName
         select new TeamMember(t.StaffId, u.DisplayName, t.IsLead, PrescriberIds().Contains(u.Id), t.Version))
        .ToListAsync();

    /// <summary>A participant's first name; null when the client takes no part in the case.</summary>
    public Task<string?> ParticipantFirstNameAsync(Guid caseId, Guid clientId) =>
        db.CaseParticipants.AsNoTracking().Where(p => p.PracticeId == PracticeId && p.CaseId == caseId && p.ClientId == clientId).Select(p => p.Client!.FirstName).FirstOrDefaultAsync();

    /// <summary>Each participant's id and first name, by first name.</summary>
    public Task<List<Named>> ParticipantFirstNamesAsync(Guid caseId) =>
        db.CaseParticipants.AsNoTracking().Where(p => p.PracticeId == PracticeId && p.CaseId == caseId).OrderBy(p => p.Client!.FirstName).ThenBy(p => p.ClientId)
            .Select(p => new Named(p.ClientId, p.Client!.FirstName)).ToListAsync();

    public Task<List<Participant>> ParticipantsAsync(Guid caseId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.CaseParticipants.AsNoTracking().Where(p => p.PracticeId == PracticeId && p.CaseId == caseId)
            .OrderBy(p => p.Client!.FirstName).ThenBy(p => p.Client!.LastName)
            .Select(p => new Participant(
                p.ClientId,
                p.Client!.FirstName + " " + p.Client.LastName,
                p.Client.Email,
                p.Client.Phone,
                p.Client.UserId != null,
                db.ClientInvitations.Any(i => i.PracticeId == p.PracticeId && i.ClientId == p.ClientId && i.UsedAt == null && i.ExpiresAt > now)))
            .ToListAsync();
    }

    public Task<List<StageEntry>> HistoryAsync(Guid caseId) =>
        (from h in db.CaseStageChanges.AsNoTracking()
         where h.PracticeId == PracticeId && h.CaseId == caseId
         join u in db.Users on h.ById equals (Guid?)u.Id into movers
         from u in movers.DefaultIfEmpty()
         orderby h.Number descending
         select new StageEntry(h.From, h.To, h.At, u != null ? u.DisplayName : "Tandem", h.Reason))
        .ToListAsync();

    public Task<Consultation?> ConsultationAsync(Guid caseId) =>
        db.ConsultationBookings.AsNoTracking()
            .Where(b => b.PracticeId == PracticeId && b.CaseId == caseId)
            .OrderByDescending(b => b.CreatedAt)
            .Select(b => new Consultation(
                b.Id, b.StartsAt, b.CancelledAt != null, b.Outcome, b.OutcomeNote, b.ReferralNote, b.Prospect!.Hopes,
                db.Practices.Where(p => p.Id == b.PracticeId).Select(p => p.TimeZoneId).First()))
            .FirstOrDefaultAsync();

    /// <summary>Names of participants whose newest intake has a positive partner-safety screen: for the case team only.</summary>
    public async Task<List<string>> SafetyConcernsAsync(Guid caseId)
    {
        var latest = await db.IntakeSubmissions.AsNoTracking()
            .Where(s => s.PracticeId == PracticeId && s.CaseId == caseId)
            .GroupBy(s => s.ClientId)
            .Select(g => g.OrderByDescending(s => s.Number).Select(s => new { s.ClientId, s.PartnerSafetyConcern }).First())
            .ToListAsync();
        var flagged = latest.Where(l => l.PartnerSafetyConcern).Select(l => l.ClientId).ToList();
        return await db.Clients.AsNoTracking().Where(c => c.PracticeId == PracticeId && flagged.Contains(c.Id)).Select(c => c.FirstName + " " + c.LastName).ToListAsync();
    }

    /// <summary>The practice's clinicians and prescribers: who a lead can add to a case team.</summary>
    public Task<List<TeamMember>> CliniciansAsync(Guid practiceId) =>
        db.Users.AsNoTracking()
            .Where(u => u.PracticeId == practiceId && (RoleIds(Roles.Clinician).Contains(u.Id) || PrescriberIds().Contains(u.Id)))
            .OrderBy(u => u.DisplayName)
            .Select(u => new TeamMember(u.Id, u.DisplayName, false, PrescriberIds().Contains(u.Id)))
            .ToListAsync();

    private IQueryable<Guid> PrescriberIds() => RoleIds(Roles.Prescriber);

    private IQueryable<Guid> RoleIds(string role) =>
        from ur in db.UserRoles
        join r in db.Roles on ur.RoleId equals r.Id
        where r.Name == role
        select ur.UserId;

    /// <param name="Series">Which of the case's series the session belongs to, counted 1, 2, … as they were planned: after 1, a maintenance series.</param>
    public sealed record TimelineEntry(
        Guid SessionId, int Series, DateOnly Date, DateTime? StartsAt, Tandem.Core.Treatment.SessionKind Kind, string? Person, bool Cancelled, bool Started,
        bool IsDone, IReadOnlyList<decimal> DosesMg, int Overrides);

    /// <summary>The case's series as a timeline: each session planned, cancelled or done, its doses and overrides.</summary>
    public async Task<List<TimelineEntry>> TimelineAsync(Guid caseId)
    {
        // Plain left joins, each session having at most one dosing and one integration session (unique indexes): a
        // FirstOrDefault per session would number every dosing and integration session of the database first.
        var rows = await (
                from s in db.SeriesSessions.AsNoTracking()
                where s.PracticeId == PracticeId && s.CaseId == caseId
                join c in db.Clients on new { s.PracticeId, Id = s.PersonClientId } equals new { c.PracticeId, Id = (Guid?)c.Id } into people
                from person in people.DefaultIfEmpty()
                join d in db.DosingSessions on new { s.PracticeId, s.Id } equals new { d.PracticeId, Id = d.SeriesSessionId } into dosings
                from d in dosings.DefaultIfEmpty()
                join i in db.IntegrationSessions on new { s.PracticeId, s.Id } equals new { i.PracticeId, Id = i.SeriesSessionId } into integrations
                from i in integrations.DefaultIfEmpty()
                join a in db.Appointments on new { s.PracticeId, s.Id } equals new { a.PracticeId, Id = a.SeriesSessionId } into appointments
                from a in appointments.DefaultIfEmpty()
                orderby s.Date, s.Number
                select new
                {
                    s.Id, s.SeriesId, s.Date, s.Kind, s.Cancelled,
                    StartsAt = a == null ? (DateTime?)null : a.StartsAt,
                    Person = person == null ? null : person.FirstName,
                    Dosing = d == null ? null : new { d.Id, d.SignedAt },
                    Integration = i == null ? null : new { i.SignedAt },
                })
            .ToListAsync();
        var dosingIds = rows.Where(r => r.Dosing is not null).Select(r => r.Dosing!.Id).ToList();
        var doses = await db.DosingRecords.AsNoTracking().Where(r => r.PracticeId == PracticeId && dosingIds.Contains(r.DosingSessionId))
            .Select(r => new { r.DosingSessionId, r.Id, r.DoseMg }).ToListAsync();
        var recordIds = doses.Select(d => d.Id).ToList();
        var overrides = await db.SafetyOverrides.AsNoTracking().Where(o => o.PracticeId == PracticeId && recordIds.Contains(o.DosingRecordId)).Select(o => o.DosingRecordId).ToListAsync();
        var series = (await db.Series.AsNoTracking().NewestFirst(PracticeId, caseId).Select(s => s.Id).ToListAsync())
            .AsEnumerable().Reverse().Select((id, i) => (id, i + 1)).ToDictionary(x => x.id, x => x.Item2);
        return [.. rows.Select(r =>
        {
            var mine = doses.Where(d => d.DosingSessionId == r.Dosing?.Id).ToList();
            return new TimelineEntry(
                r.Id, series[r.SeriesId], r.Date, r.StartsAt, r.Kind, r.Person, r.Cancelled, r.Dosing is not null || r.Integration is not null,
                r.Dosing?.SignedAt is not null || r.Integration?.SignedAt is not null,
                [.. mine.Where(d => d.DoseMg is not null).Select(d => d.DoseMg!.Value)], overrides.Count(o => mine.Any(d => d.Id == o)));
        })];
    }

    public sealed record Override(DateTime At, string Client, string Finding, string Reason, string Prescriber, Guid DosingSessionId);

    /// <summary>Every safety check a Prescriber overrode in the case's dosing sessions, newest first.</summary>
    public Task<List<Override>> OverridesAsync(Guid caseId) =>
        (from o in db.SafetyOverrides.AsNoTracking()
         where o.PracticeId == PracticeId && o.CaseId == caseId
         join u in db.Users on o.PrescriberId equals u.Id
         join c in db.Clients on new { o.PracticeId, Id = o.ClientId } equals new { c.PracticeId, c.Id }
         join r in db.DosingRecords on new { o.PracticeId, Id = o.DosingRecordId } equals new { r.PracticeId, r.Id }
         join d in db.DosingSessions on new { r.PracticeId, Id = r.DosingSessionId } equals new { d.PracticeId, d.Id }
         orderby o.At descending
         select new Override(o.At, c.FirstName, o.Finding, o.Reason, u.DisplayName, d.SeriesSessionId))
        .ToListAsync();

    public Task<List<Note>> NotesAsync(Guid caseId) =>
        (from n in db.CaseNotes.AsNoTracking()
         where n.PracticeId == PracticeId && n.CaseId == caseId
         join u in db.Users on n.AuthorId equals u.Id
         orderby n.CreatedAt descending
         select new Note(n.CreatedAt, u.DisplayName, n.Text))
        .ToListAsync();
}
