using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Intake;
using Tandem.Core.Treatment;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Settings;

namespace Tandem.Web.Pages.Portal;

public sealed class IndexModel(
    TandemDbContext db, PortalCases cases, ConsentDue consent, Sessions.MySessions sessions, Practices.HomePracticeLog log, Repair.RepairLog repairs,
    RippleMap.MapsDue maps, PracticeSettings settings, CurrentViewer viewer, ClinicalAudit audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<PortalCases.Summary> Cases { get; private set; } = [];
    /// <summary>Cases whose current consent version the client still has to sign.</summary>
    public IReadOnlyList<ConsentDue.Prompt> ConsentToSign { get; private set; } = [];

    /// <summary>The prescriber's open questions to this client, by case.</summary>
    public IReadOnlyList<(Guid CaseId, string Question)> PrescriberQuestions { get; private set; } = [];

    public IReadOnlyList<PortalCases.Due> Questionnaires { get; private set; } = [];

    /// <summary>When the relationship map the schedule has open now is due, if one is.</summary>
    public DateOnly? MapDueOn { get; private set; }
    public IReadOnlyList<Sessions.MySessions.Item> NextSessions { get; private set; } = [];

    /// <summary>The practice's time zone, in which booked sessions' times are shown.</summary>
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    /// <summary>The practice's instructions, shown while a dosing session is among the next ones.</summary>
    public string? BeforeDosing { get; private set; }

    /// <summary>Today's check-in, if any, on each practice the client was given.</summary>
    public IReadOnlyList<(string Name, Core.Journal.HomePracticeCheckIn? Today)> PracticesToday { get; private set; } = [];

    /// <summary>Repair episodes whose other side is ready and waits for mine: the date, and nothing of their words.</summary>
    public IReadOnlyList<Repair.RepairLog.Episode> AwaitingMySide { get; private set; } = [];

    /// <summary>My scores once I have answered a questionnaire; before that the page would be empty.</summary>
    public bool HasScores { get; private set; }

    /// <summary>The rupture-and-repair log, for a couple whose preparation has begun.</summary>
    public bool HasRepairLog => Cases.Any(c => c.Kind == CaseKind.Couple && c.Stage is CaseStage.Preparation or CaseStage.DosingSeries
        or CaseStage.Completed or CaseStage.FollowUp or CaseStage.Paused);

    public async Task OnGetAsync()
    {
        Cases = await cases.MineAsync();
        ConsentToSign = await consent.ForAsync(Cases);
        var me = viewer.Value.ClientId!.Value;
        var caseIds = Cases.Select(c => c.Id).ToList();
        var questions = await db.PrescriberReviews.AsNoTracking()
            .Where(r => r.PracticeId == viewer.Value.PracticeId && r.ClientId == me && caseIds.Contains(r.CaseId) && r.Decision == ReviewDecision.NeedsMoreInformation)
            .Select(r => new { r.CaseId, r.Question })
            .ToListAsync();
        PrescriberQuestions = [.. questions.Select(q => (q.CaseId, q.Question ?? ""))];
        var today = await db.PracticeTodayAsync(viewer.Value.PracticeId, clock);
        Questionnaires = await cases.QuestionnairesDueAsync(today);
        MapDueOn = await maps.FirstDueOnAsync(viewer.Value.PracticeId, me, today);
        NextSessions = [.. (await sessions.ListAsync()).Where(s => !s.IsWrittenUp && s.Date >= today).Take(3)];
        Zone = NextSessions.Any(s => s.StartsAt is not null) ? await db.PracticeZoneAsync(viewer.Value.PracticeId) : Zone;
        if (NextSessions.Any(s => s.Kind.IsDosing()))
        {
            BeforeDosing = (await settings.TextsAsync(viewer.Value.PracticeId)).BeforeDosing;
        }

        PracticesToday = [.. (await log.RowsAsync(me, await log.GivenAsync(me, today), today, today))
            .Select(r => (r.Practice.Name, r.Days.GetValueOrDefault(today)))];
        var awaiting = new List<Repair.RepairLog.Episode>();
        foreach (var couple in await cases.OpenCouplesAsync())
        {
            awaiting.AddRange((await repairs.ForPartnerAsync(couple, me)).Where(e => e.AwaitsMine));
        }

        AwaitingMySide = awaiting;
        HasScores = await db.QuestionnaireResponses.AnyAsync(r => r.PracticeId == viewer.Value.PracticeId && r.ClientId == me && r.SubmittedAt != null);

        await audit.RecordReadsAsync(AuditCode.Portal_CaseViewed, Cases.Select(c => (nameof(Case), c.Id, viewer.Value.ClientId)));
    }
}
