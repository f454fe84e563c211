using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Consultations;
using Tandem.Data;

namespace Tandem.Web.Pages.Cases;

/// <summary>Read models of a case, loaded with no tracking, in a fixed number of queries whatever the case's size.</summary>
public sealed class CaseFile(TandemDbContext db, TimeProvider clock)
{
    public sealed record Header(Guid Id, string Name, CaseKind Kind, CaseStage Stage, CaseStage? PausedFrom, Guid Version);

    public sealed record TeamMember(Guid StaffId, string Name, bool IsLead);

    public sealed record Participant(Guid ClientId, string Name, string Email, string? Phone, bool HasPortalLogin, bool IsInvited);

    public sealed record StageEntry(CaseStage? From, CaseStage To, DateTime At, string By, string Reason);

    public sealed record Note(DateTime At, string Author, string Text);

    public sealed record Consultation(Guid BookingId, DateTime StartsAt, bool Cancelled, ConsultationOutcome? Outcome, string? OutcomeNote, string Hopes, string TimeZoneId);

    public Task<Header> HeaderAsync(Guid caseId) =>
        db.Cases.AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new Header(c.Id, c.Name, c.Kind, c.Stage, c.PausedFrom, c.Version))
            .FirstAsync();

    public Task<List<TeamMember>> TeamAsync(Guid caseId) =>
        (from t in db.CaseTeamMembers.AsNoTracking()
         where t.CaseId == caseId
         join u in db.Users on t.StaffId equals u.Id
         orderby t.IsLead descending, u.DisplayName
         select new TeamMember(t.StaffId, u.DisplayName, t.IsLead))
        .ToListAsync();

    public Task<List<Participant>> ParticipantsAsync(Guid caseId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.CaseParticipants.AsNoTracking().Where(p => p.CaseId == caseId)
            .OrderBy(p => p.Client!.FirstName).ThenBy(p => p.Client!.LastName)
            .Select(p => new Participant(
                p.ClientId,
                p.Client!.FirstName + " " + p.Client.LastName,
                p.Client.Email,
                p.Client.Phone,
                p.Client.UserId != null,
                db.ClientInvitations.Any(i => i.ClientId == p.ClientId && i.UsedAt == null && i.ExpiresAt > now)))
            .ToListAsync();
    }

    public Task<List<StageEntry>> HistoryAsync(Guid caseId) =>
        (from h in db.CaseStageChanges.AsNoTracking()
         where h.CaseId == caseId
         join u in db.Users on h.ById equals (Guid?)u.Id into movers
         from u in movers.DefaultIfEmpty()
         orderby h.Number descending
         select new StageEntry(h.From, h.To, h.At, u != null ? u.DisplayName : "Tandem", h.Reason))
        .ToListAsync();

    public Task<Consultation?> ConsultationAsync(Guid caseId) =>
        db.ConsultationBookings.AsNoTracking()
            .Where(b => b.CaseId == caseId)
            .OrderByDescending(b => b.CreatedAt)
            .Select(b => new Consultation(
                b.Id, b.StartsAt, b.CancelledAt != null, b.Outcome, b.OutcomeNote, b.Prospect!.Hopes,
                db.Practices.Where(p => p.Id == b.PracticeId).Select(p => p.TimeZoneId).First()))
            .FirstOrDefaultAsync();

    public Task<List<Note>> NotesAsync(Guid caseId) =>
        (from n in db.CaseNotes.AsNoTracking()
         where n.CaseId == caseId
         join u in db.Users on n.AuthorId equals u.Id
         orderby n.CreatedAt descending
         select new Note(n.CreatedAt, u.DisplayName, n.Text))
        .ToListAsync();
}
