using Microsoft.EntityFrameworkCore;
using Tandem.Core.Treatment;
using Tandem.Data;
using Tandem.Web.Authorization;

namespace Tandem.Web.Pages.Portal.Sessions;

/// <summary>
/// The series sessions a client takes part in: their own individual sessions and the couple's shared and joint ones,
/// never the partner's individual sessions.
/// </summary>
public sealed class MySessions(TandemDbContext db, CaseScope scope)
{
    public sealed record Item(Guid Id, Guid CaseId, SessionKind Kind, DateOnly Date, int Number, bool IsWrittenUp, DateTime? StartsAt)
    {
        /// <summary>Past, or written up today: a session whose day has not come is never done, whatever its record says.</summary>
        public bool IsDone(DateOnly today) => Date < today || (Date == today && IsWrittenUp);
    }

    public IQueryable<SeriesSession> Query() => Taking(scope.Cases.Select(c => c.Id), scope.Viewer.ClientId);

    /// <summary>One participant's sessions of one case, for its team (the caller has checked the team's access).</summary>
    public IQueryable<SeriesSession> InCase(Guid caseId, Guid clientId) => Taking(db.Cases.Where(c => c.PracticeId == scope.Viewer.PracticeId && c.Id == caseId).Select(c => c.Id), clientId);

    /// <summary>My own dosing records in signed dosing sessions of my sessions, with vitals and adverse events; never my partner's.</summary>
    public IQueryable<Core.Dosing.DosingRecord> MyDoses(Guid me) => DosesIn(Query(), me);

    /// <summary>The client's own dosing records in the signed dosing sessions among <paramref name="sessions"/>.</summary>
    public IQueryable<Core.Dosing.DosingRecord> DosesIn(IQueryable<SeriesSession> sessions, Guid clientId)
    {
        var ids = sessions.Select(s => s.Id);
        return db.DosingRecords.AsNoTracking()
            .Include(r => r.Vitals).Include(r => r.AdverseEvents).AsSplitQuery()
            .Where(r => r.PracticeId == scope.Viewer.PracticeId && r.ClientId == clientId && db.DosingSessions.Any(d => d.PracticeId == scope.Viewer.PracticeId && d.Id == r.DosingSessionId && ids.Contains(d.SeriesSessionId) && d.SignedAt != null));
    }

    private IQueryable<SeriesSession> Taking(IQueryable<Guid> cases, Guid? clientId) =>
        db.SeriesSessions.AsNoTracking().Where(s => s.PracticeId == scope.Viewer.PracticeId && cases.Contains(s.CaseId) && !s.Cancelled && (s.PersonClientId == null || s.PersonClientId == clientId));

    /// <param name="sessions">Other sessions than the viewer's own, e.g. one participant's for their case team.</param>
    public async Task<List<Item>> ListAsync(IQueryable<SeriesSession>? sessions = null)
    {
        var rows = await (sessions ?? Query())
            .OrderBy(s => s.Date).ThenBy(s => s.Number)
            .Select(s => new
            {
                s.Id, s.CaseId, s.Kind, s.Date, s.Number,
                WrittenUp = db.DosingSessions.Any(d => d.PracticeId == scope.Viewer.PracticeId && d.SeriesSessionId == s.Id && d.SignedAt != null)
                    || db.IntegrationSessions.Any(i => i.PracticeId == scope.Viewer.PracticeId && i.SeriesSessionId == s.Id && i.SignedAt != null),
                StartsAt = db.Appointments.Where(a => a.PracticeId == scope.Viewer.PracticeId && a.SeriesSessionId == s.Id).Select(a => (DateTime?)a.StartsAt).FirstOrDefault(),
            })
            .ToListAsync();
        return [.. rows.Select(r => new Item(r.Id, r.CaseId, r.Kind, r.Date, r.Number, r.WrittenUp, r.StartsAt))];
    }

    public static string Name(SessionKind kind) => kind switch
    {
        SessionKind.IndividualJourney => "Your individual journey",
        SessionKind.SharedJourney => "Shared journey together",
        SessionKind.IndividualIntegration => "Your integration session",
        _ => "Joint integration session",
    };
}
