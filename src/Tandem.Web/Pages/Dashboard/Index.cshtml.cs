using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Intake;
using Tandem.Core.Measures;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Intake;

namespace Tandem.Web.Pages.Dashboard;

/// <summary>The practice's cases grouped by stage, each with what it waits for. Every clinician sees names and stages; what a case waits on only its team.</summary>
public sealed class IndexModel(TandemDbContext db, CaseScope scope, IntakeProgress progress, ClinicalAudit audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<StageGroup> Groups { get; private set; } = [];
    public TimeZoneInfo PracticeZone { get; private set; } = TimeZoneInfo.Utc;
    public IReadOnlyList<(Guid Id, string Client, DateTime RaisedAt)> Alerts { get; private set; } = [];
    public IReadOnlyDictionary<Guid, IReadOnlyList<string>> WaitingOn { get; private set; } = new Dictionary<Guid, IReadOnlyList<string>>();

    /// <summary>Questionnaires unanswered past their due date, on cases the viewer is on the team of.</summary>
    public IReadOnlyList<Overdue> OverdueQuestionnaires { get; private set; } = [];

    public sealed record Overdue(Guid CaseId, string Client, string Instrument, string Timepoint, DateOnly DueOn);

    public async Task OnGetAsync()
    {
        var me = scope.Viewer.UserId;
        var facts = await CaseScope.FactsOf(scope.Cases).AsSplitQuery().ToDictionaryAsync(f => f.CaseId);
        var cases = await scope.Cases.AsNoTracking()
            .Select(c => new
            {
                c.Id,
                c.Name,
                c.Kind,
                c.Stage,
                c.UpdatedAt,
                Lead = db.Users.Where(u => c.Team.Any(t => t.IsLead && t.StaffId == u.Id)).Select(u => u.DisplayName).FirstOrDefault(),
                CallAt = db.ConsultationBookings
                    .Where(b => b.CaseId == c.Id && b.CancelledAt == null && b.Outcome == null)
                    .Select(b => (DateTime?)b.StartsAt)
                    .FirstOrDefault(),
            })
            .ToListAsync();
        var rows = new List<CaseRow>(cases.Count);
        foreach (var c in cases)
        {
            var onTeam = await scope.AllowsAsync(facts[c.Id], CaseOperations.ReadClinical);
            rows.Add(new CaseRow(c.Id, c.Name, c.Kind, c.Stage, c.UpdatedAt, onTeam, c.Lead, c.CallAt));
        }

        var zoneId = await db.Practices.Where(p => p.Id == scope.Viewer.PracticeId).Select(p => p.TimeZoneId).FirstAsync();
        PracticeZone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var alerts = await (
                from a in db.SafetyAlerts.AsNoTracking()
                where a.PracticeId == scope.Viewer.PracticeId && a.FollowedUpAt == null
                join c in db.Clients on a.ClientId equals c.Id
                orderby a.RaisedAt
                select new { a.Id, a.ClientId, Name = c.FirstName + " " + c.LastName, a.RaisedAt })
            .ToListAsync();
        Alerts = [.. alerts.Select(a => (a.Id, a.Name, a.RaisedAt))];
        await audit.RecordAllAsync(AuditCode.SafetyAlert_Viewed, alerts.Select(a => (nameof(SafetyAlert), a.Id, (Guid?)a.ClientId)));

        // Who still owes intake, consent or an answer is clinical material: only the case team reads it.
        var inIntake = rows.Where(r => r.OnMyTeam && r.Stage is (CaseStage.Intake or CaseStage.MedicalReview)).ToList();
        var readiness = await progress.ReadinessAsync(scope.Viewer.PracticeId, [.. inIntake.Select(r => r.Id)]);
        var today = clock.Today(PracticeZone);
        var lateBefore = today.AddDays(-MeasurementSchedule.OverdueAfterDays);
        OverdueQuestionnaires = await (
                from r in db.QuestionnaireResponses.AsNoTracking()
                where r.PracticeId == scope.Viewer.PracticeId && r.SubmittedAt == null && r.DueOn < lateBefore
                    && db.CaseTeamMembers.Any(t => t.CaseId == r.CaseId && t.StaffId == me)
                join c in db.Clients on r.ClientId equals c.Id
                orderby r.DueOn
                select new Overdue(r.CaseId, c.FirstName + " " + c.LastName, r.InstrumentCode, r.Timepoint, r.DueOn))
            .ToListAsync();
        WaitingOn = inIntake.ToDictionary(r => r.Id, r => CaseReadiness.WaitingOn(r.Stage, readiness.GetValueOrDefault(r.Id) ?? [], today));

        Groups = rows
            .GroupBy(r => r.Stage)
            .OrderBy(g => g.Key)
            .Select(g => new StageGroup(g.Key, CaseWaitingFor.Describe(g.Key), [.. g.OrderBy(r => r.Name, StringComparer.CurrentCulture)]))
            .ToList();
    }

    public sealed record CaseRow(Guid Id, string Name, CaseKind Kind, CaseStage Stage, DateTime UpdatedAt, bool OnMyTeam, string? Lead, DateTime? CallAt);

    public sealed record StageGroup(CaseStage Stage, string WaitingFor, IReadOnlyList<CaseRow> Cases);
}
