using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Intake;
using Tandem.Core.Measures;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Agenda;
using Tandem.Web.Pages.Intake;

namespace Tandem.Web.Pages.Dashboard;

/// <summary>
/// What needs me: open safety alerts, today's agenda, my most recently changed open cases per stage with what each waits for, my overdue
/// questionnaires, and the practice's cases counted by stage. Sized for one clinician's work, never for the practice:
/// every longer list is a paged page (the case list, the overdue list).
/// </summary>
public sealed class IndexModel(
    TandemDbContext db, CaseScope scope, IntakeProgress progress, OverdueQuestionnaires overdue, OverdueMaps lateMaps, AgendaReader agenda, Pages.MedicalReview.AwaitingReview reviews,
    ClinicalAudit audit, TimeProvider clock, IAuthorizationService authorization, Pages.Register.CountStatus counts) : PageModel
{
    public const int CasesPerStage = 10;
    public const int OverdueShown = 10;

    public IReadOnlyList<StageGroup> Groups { get; private set; } = [];
    public IReadOnlyList<StageCount> Stages { get; private set; } = [];
    public TimeZoneInfo PracticeZone { get; private set; } = TimeZoneInfo.Utc;
    public IReadOnlyList<(Guid Id, string Client, DateTime RaisedAt)> Alerts { get; private set; } = [];
    public IReadOnlyDictionary<Guid, IReadOnlyList<string>> WaitingOn { get; private set; } = new Dictionary<Guid, IReadOnlyList<string>>();
    public IReadOnlyList<OverdueQuestionnaires.Overdue> OverdueQuestionnaires { get; private set; } = [];
    public int OverdueCount { get; private set; }
    public IReadOnlyList<OverdueMaps.Overdue> OverdueMaps { get; private set; } = [];
    public int OverdueMapCount { get; private set; }
    public AgendaDay Today { get; private set; } = null!;
    public const int ReviewsShown = 10;
    public IReadOnlyList<Pages.MedicalReview.AwaitingReview.Waiting> Reviews { get; private set; } = [];
    public int ReviewCount { get; private set; }
    public bool IsPrescriber => scope.Viewer.IsPrescriber;

    /// <summary>For those who keep the register: a required count due, or a count difference still open.</summary>
    public Pages.Register.CountState? Counts { get; private set; }

    public async Task OnGetAsync()
    {
        var me = scope.Viewer.UserId;
        PracticeZone = await db.PracticeZoneAsync(scope.Viewer.PracticeId);
        var today = clock.Today(PracticeZone);
        var (dayStarts, dayEnds) = AgendaReader.Bounds(today, 1, PracticeZone);
        Today = new AgendaDay(today, await agenda.BetweenAsync(dayStarts, dayEnds, new AgendaFilter(me, null)), PracticeZone, IsToday: true);
        var mine = scope.Cases.AsNoTracking().Where(c => db.CasesOnTeamOf(scope.Viewer.PracticeId, me).Contains(c.Id));
        var all = await scope.Cases.GroupBy(c => c.Stage).Select(g => new { Stage = g.Key, Count = g.Count() }).ToListAsync();
        var myCounts = await mine.GroupBy(c => c.Stage).Select(g => new { Stage = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Stage, g => g.Count);
        Stages = [.. all.OrderBy(s => s.Stage).Select(s => new StageCount(s.Stage, s.Count, myCounts.GetValueOrDefault(s.Stage)))];

        var caseload = await mine.Where(c => c.Stage != CaseStage.Closed && c.Stage != CaseStage.Withdrawn)
            .Select(c => new { c.Id, c.Stage, c.UpdatedAt }).ToListAsync();
        List<Guid> shown = [.. caseload.GroupBy(c => c.Stage)
            .SelectMany(g => g.OrderByDescending(c => c.UpdatedAt).ThenBy(c => c.Id).Take(CasesPerStage)).Select(c => c.Id)];
        var rows = await RowsAsync(shown);

        var alerts = await (
                from a in db.SafetyAlerts.AsNoTracking()
                where a.PracticeId == scope.Viewer.PracticeId && a.FollowedUpAt == null
                join c in db.Clients on new { a.PracticeId, Id = a.ClientId } equals new { c.PracticeId, c.Id }
                orderby a.RaisedAt
                select new { a.Id, a.ClientId, Name = c.FirstName + " " + c.LastName, a.RaisedAt })
            .ToListAsync();
        Alerts = [.. alerts.Select(a => (a.Id, a.Name, a.RaisedAt))];
        await audit.RecordReadsAsync(AuditCode.SafetyAlert_Viewed, alerts.Select(a => (nameof(SafetyAlert), a.Id, (Guid?)a.ClientId)));

        // Who still owes intake, consent or an answer is clinical material: only the case team reads it.
        var inIntake = rows.Where(r => r.OnMyTeam && r.Stage is (CaseStage.Intake or CaseStage.MedicalReview)).ToList();
        var readiness = await progress.ReadinessAsync(scope.Viewer.PracticeId, [.. inIntake.Select(r => r.Id)]);
        WaitingOn = inIntake.ToDictionary(r => r.Id, r => CaseReadiness.WaitingOn(r.Stage, readiness.GetValueOrDefault(r.Id) ?? [], today));

        if (IsPrescriber)
        {
            ReviewCount = await reviews.Cases.CountAsync();
            Reviews = await reviews.PageAsync(0, ReviewsShown);
        }

        if ((await authorization.AuthorizeAsync(User, Policies.RegisterKeeper)).Succeeded)
        {
            Counts = await counts.OfAsync(scope.Viewer.PracticeId, today);
        }

        var late = overdue.Of(scope.Viewer.PracticeId, me, today);
        OverdueCount = await late.CountAsync();
        OverdueQuestionnaires = await late.Take(OverdueShown).ToListAsync();
        var undrawn = lateMaps.Of(scope.Viewer.PracticeId, me, today);
        OverdueMapCount = await undrawn.CountAsync();
        OverdueMaps = await undrawn.Take(OverdueShown).ToListAsync();

        Groups = [.. rows
            .GroupBy(r => r.Stage)
            .OrderBy(g => g.Key)
            .Select(g => new StageGroup(g.Key, CaseWaitingFor.Describe(g.Key), [.. g.OrderByDescending(r => r.UpdatedAt).ThenBy(r => r.Id)], caseload.Count(c => c.Stage == g.Key)))];
    }

    private async Task<List<CaseRow>> RowsAsync(List<Guid> ids)
    {
        var onTeam = await scope.AllowedAmongAsync(ids, CaseOperations.ReadClinical);
        var cases = await scope.Cases.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                c.Name,
                c.Kind,
                c.Stage,
                c.UpdatedAt,
                Lead = c.Team.Where(t => t.IsLead).Join(db.Users, t => t.StaffId, u => u.Id, (t, u) => u.DisplayName).FirstOrDefault(),
                CallAt = db.ConsultationBookings
                    .Where(b => b.PracticeId == c.PracticeId && b.CaseId == c.Id && b.CancelledAt == null && b.Outcome == null)
                    .Select(b => (DateTime?)b.StartsAt)
                    .FirstOrDefault(),
            })
            .ToListAsync();
        return [.. cases.Select(c => new CaseRow(c.Id, c.Name, c.Kind, c.Stage, c.UpdatedAt, onTeam.Contains(c.Id), c.Lead, c.CallAt))];
    }

    public sealed record CaseRow(Guid Id, string Name, CaseKind Kind, CaseStage Stage, DateTime UpdatedAt, bool OnMyTeam, string? Lead, DateTime? CallAt);

    /// <param name="Mine">How many of my cases are in the stage; <paramref name="Cases"/> shows the first few.</param>
    public sealed record StageGroup(CaseStage Stage, string WaitingFor, IReadOnlyList<CaseRow> Cases, int Mine);

    public sealed record StageCount(CaseStage Stage, int All, int Mine);
}
