using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Treatment;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Measures;
using Tandem.Web.Pages.Settings;

namespace Tandem.Web.Pages.Series;

/// <summary>
/// The case team plans the series (6–8 dosing sessions per person), moves or cancels sessions with the rules re-checked
/// in words, and starts the series once the plan keeps them. A case back in Preparation after its series plans a
/// maintenance series here; the series it ran before are listed read-only below.
/// </summary>
public sealed class IndexModel(
    TandemDbContext db, CaseScope scope, AppointmentBook book, PracticeSettings settings, MeasurementPlan measures, ClinicalAudit audit,
    TimeProvider clock) : PageModel
{
    private TimeZoneInfo zone = TimeZoneInfo.Utc;

    public Guid CaseId { get; private set; }
    public string CaseName { get; private set; } = "";
    public CaseKind Kind { get; private set; }
    public CaseStage Stage { get; private set; }
    public SeriesRules Rules { get; private set; } = new();
    public IReadOnlyDictionary<Guid, string> People { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>The practice's today: no session is planned or moved before it.</summary>
    public DateOnly Today { get; private set; }
    public DosingSeries? Plan { get; private set; }
    public IReadOnlyList<PlannedSession> Sessions { get; private set; } = [];
    public IReadOnlyList<EarlierSeries> Earlier { get; private set; } = [];

    /// <summary>The version of a planned session, which the forms moving or cancelling it post back.</summary>
    public Guid? VersionOf(int number) => Plan?.Sessions.FirstOrDefault(s => s.Number == number)?.Version;

    public IReadOnlyList<string> Violations { get; private set; } = [];

    /// <summary>Each planned session's id and the state of its record (none, draft, signed), by session number.</summary>
    public IReadOnlyDictionary<int, (Guid Id, RecordState State)> Records { get; private set; } = new Dictionary<int, (Guid, RecordState)>();

    /// <summary>Each scheduled session's appointment, as the clinic reads it, by session id.</summary>
    public IReadOnlyDictionary<Guid, string> Appointments { get; private set; } = new Dictionary<Guid, string>();
    public bool CanStart => Stage == CaseStage.Preparation && Plan is not null && Violations.Count == 0;

    /// <summary>Sessions of the plan neither booked nor recorded, which the whole-series scheduler can book.</summary>
    public int Unbooked => Plan is null || Stage is not (CaseStage.Preparation or CaseStage.DosingSeries) ? 0
        : Plan.Sessions.Count(s => !s.Cancelled && !Appointments.ContainsKey(s.Id) && Records[s.Number].State == RecordState.NotStarted);

    [BindProperty(SupportsGet = true)]
    public PlanInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid caseId)
    {
        if (!await LoadAsync(caseId, CaseOperations.ReadClinical))
        {
            return NotFound();
        }

        ModelState.Clear();
        if (Plan is null)
        {
            Input.Start ??= NextMonday();
            Sessions = SeriesPlanner.Plan(Kind, [.. People.Keys], Input.Doses is >= 6 and <= 8 ? Input.Doses : SeriesPlanner.DefaultDosesPerPerson, Input.Start.Value, Rules);
        }

        await audit.RecordReadsAsync(AuditCode.Series_Viewed, People.Keys.Select(clientId => (nameof(DosingSeries), caseId, (Guid?)clientId)));

        return Page();
    }

    public async Task<IActionResult> OnPostPlanAsync(Guid caseId)
    {
        if (!await LoadAsync(caseId, CaseOperations.WriteClinical))
        {
            return NotFound();
        }

        var refusals = new Refusals();
        if (Plan is not null)
        {
            refusals.Add("", "This case already has a planned series.");
        }

        if (Input.Start is { } start && start < Today)
        {
            refusals.Add("Input.Start", "The series cannot start in the past.");
        }

        if (People.Count != (Kind == CaseKind.Couple ? 2 : 1))
        {
            refusals.Add("", "The case needs its participants before a series can be planned.");
        }

        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            Sessions = [];
            return Page();
        }

        var series = DosingSeries.Plan(scope.Viewer.PracticeId, caseId, Kind, [.. People.Keys], Input.Doses, Input.Start!.Value, Rules);
        db.Series.Add(series);
        await audit.SaveAndRecordAsync(AuditCode.Series_Planned, nameof(DosingSeries), series.Id, null);
        return RedirectToPage(new { caseId });
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid caseId, int number, DateOnly? date, Guid? version)
    {
        if (!await LoadAsync(caseId, CaseOperations.WriteClinical) || Plan?.Sessions.FirstOrDefault(s => s.Number == number) is not { } session)
        {
            return NotFound();
        }

        ModelState.Clear();
        var problem = date is null ? "Choose the new date for the session."
            : date < Today ? $"A session cannot be moved into the past: choose {Today:d MMMM yyyy} or later." : null;
        if (ModelState.Refuse(SessionRefusals(session, version, problem)))
        {
            return Page();
        }

        session.Date = date!.Value;
        if (await book.ForSessionAsync(scope.Viewer.PracticeId, session.Id) is { } appointment)
        {
            await book.MoveToDayAsync(appointment, session.Date, zone);
        }

        await RescheduleQuestionnairesAsync();

        try
        {
            await audit.SaveAndRecordAsync(AuditCode.SeriesSession_Changed, nameof(SeriesSession), session.Id, session.PersonClientId);
        }
        catch (DbUpdateException error) when (error.IsUniqueViolation())
        {
            ModelState.Refuse([("", AppointmentBook.Taken)]);
            return Page();
        }

        return RedirectToPage(new { caseId });
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid caseId, int number, string? reason, Guid? version)
    {
        if (!await LoadAsync(caseId, CaseOperations.WriteClinical) || Plan?.Sessions.FirstOrDefault(s => s.Number == number) is not { } session)
        {
            return NotFound();
        }

        ModelState.Clear();
        var problem = string.IsNullOrWhiteSpace(reason) || reason.Length > SeriesSession.MaxReasonLength
            ? "Say why the session is cancelled (under 500 characters)." : null;
        if (ModelState.Refuse(SessionRefusals(session, version, problem)))
        {
            return Page();
        }

        if (await book.ForSessionAsync(scope.Viewer.PracticeId, session.Id) is { } appointment)
        {
            await book.ReleaseAsync(appointment);
        }

        session.Cancelled = true;
        session.CancelReason = reason!.Trim();
        await RescheduleQuestionnairesAsync();
        await audit.SaveAndRecordAsync(AuditCode.SeriesSession_Changed, nameof(SeriesSession), session.Id, session.PersonClientId);
        return RedirectToPage(new { caseId });
    }

    public async Task<IActionResult> OnPostStartAsync(Guid caseId)
    {
        if (!await LoadAsync(caseId, CaseOperations.WriteClinical))
        {
            return NotFound();
        }

        ModelState.Clear();
        if (!CanStart)
        {
            ModelState.Refuse([("", "The series can start from Preparation once the plan keeps every rule.")]);
            return Page();
        }

        var @case = await scope.Cases.FirstAsync(c => c.Id == caseId);
        var reason = $"{(Earlier.Count > 0 ? "Maintenance series" : "Series")} started: {Plan!.DosesPerPerson} dosing sessions per person from {Plan.StartDate:d MMM yyyy}";
        Plan.StartedAt = clock.GetUtcNow().UtcDateTime;
        db.CaseStageChanges.Add(@case.MoveByHand(CaseStage.DosingSeries, scope.Viewer.UserId, reason, Plan.StartedAt.Value));
        await measures.ScheduleSeriesAsync(Plan, Kind, [.. People.Keys]);
        await audit.SaveAndRecordAsync(AuditCode.Case_StageMoved, nameof(Case), caseId, null);
        return RedirectToPage(new { caseId });
    }

    /// <summary>A started series keeps its questionnaires with its sessions; a plan not yet started asks nothing.</summary>
    private async Task RescheduleQuestionnairesAsync()
    {
        if (Stage != CaseStage.Preparation)
        {
            await measures.ScheduleSeriesAsync(Plan!, Kind, [.. People.Keys]);
        }
    }

    /// <summary>Why a session cannot be moved or cancelled: changed since shown (which says all), the form's problem, or a signed record.</summary>
    private Refusals SessionRefusals(SeriesSession session, Guid? version, string? problem)
    {
        var refusals = new Refusals();
        if (!session.IsAsShown(version))
        {
            refusals.AddStale($"Session {session.Number}", $"it is on {session.Date:dddd d MMMM yyyy}" + (session.Cancelled ? $", cancelled: {session.CancelReason}" : ""));
            return refusals;
        }

        if (problem is not null)
        {
            refusals.Add("", problem);
        }

        if (Records.TryGetValue(session.Number, out var record) && record.State == RecordState.Signed)
        {
            refusals.Add("", "This session's record is signed: it cannot be moved or cancelled.");
        }

        return refusals;
    }

    private DateOnly NextMonday()
    {
        var days = ((int)DayOfWeek.Monday - (int)Today.DayOfWeek + 7) % 7;
        return Today.AddDays(days == 0 ? 7 : days);
    }

    private async Task<bool> LoadAsync(Guid caseId, Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement operation)
    {
        if (await scope.AuthorizeAsync(caseId, operation) is null)
        {
            return false;
        }

        CaseId = caseId;
        Today = await db.PracticeTodayAsync(scope.Viewer.PracticeId, clock);
        var header = await db.Cases.AsNoTracking().Where(c => c.PracticeId == scope.Viewer.PracticeId && c.Id == caseId).Select(c => new { c.Name, c.Kind, c.Stage }).FirstAsync();
        (CaseName, Kind, Stage) = (header.Name, header.Kind, header.Stage);
        var people = await db.CaseParticipants.AsNoTracking().Where(p => p.PracticeId == scope.Viewer.PracticeId && p.CaseId == caseId)
            .OrderBy(p => p.CreatedAt).ThenBy(p => p.ClientId)
            .Select(p => new { p.ClientId, p.Client!.FirstName })
            .ToListAsync();
        People = people.ToDictionary(p => p.ClientId, p => p.FirstName);
        Rules = (await settings.ProtocolAsync(scope.Viewer.PracticeId)).Series;
        var series = await db.Series.AsNoTracking().NewestFirst(scope.Viewer.PracticeId, caseId).Select(s => new { s.Id, s.StartedAt }).ToListAsync();
        // Back in Preparation, a series that has started has run: the case is here to plan its maintenance series.
        var planningAnother = Stage == CaseStage.Preparation && series.FirstOrDefault()?.StartedAt is not null;
        Plan = series.Count == 0 || planningAnother ? null : await db.Series.Include(s => s.Sessions).FirstAsync(s => s.PracticeId == scope.Viewer.PracticeId && s.Id == series[0].Id);
        var states = series.Count == 0 ? new Dictionary<Guid, RecordState>() : await EarlierSeries.RecordStatesAsync(db, scope.Viewer.PracticeId, caseId);
        Earlier = await EarlierSeries.LoadAsync(db, scope.Viewer.PracticeId, [.. series.Skip(Plan is null ? 0 : 1).Select(s => s.Id)], states);
        if (Plan is not null)
        {
            var planned = Plan.Sessions.Select(s => s.ToPlanned()).ToList();
            Sessions = [.. planned.OrderBy(s => s.Date).ThenBy(s => s.IsDosing ? 0 : 1).ThenBy(s => s.Number)];
            Violations = SeriesCheck.Violations(Kind, People, planned, Rules);
            Records = Plan.Sessions.ToDictionary(s => s.Number, s => (s.Id, states.GetValueOrDefault(s.Id, RecordState.NotStarted)));
            zone = await db.PracticeZoneAsync(scope.Viewer.PracticeId);
            var appointments = await db.Appointments.AsNoTracking().Where(a => a.PracticeId == scope.Viewer.PracticeId && a.CaseId == caseId)
                .Select(a => new
                {
                    a.SeriesSessionId, a.StartsAt,
                    Clinician = db.Users.Where(u => u.Id == a.ClinicianId).Select(u => u.DisplayName).First(),
                    Room = db.Rooms.Where(r => r.PracticeId == a.PracticeId && r.Id == a.RoomId).Select(r => r.Name).FirstOrDefault(),
                })
                .ToListAsync();
            Appointments = appointments.ToDictionary(a => a.SeriesSessionId, a => $"{a.StartsAt.Clock(zone)}, {a.Clinician}{(a.Room is null ? "" : ", " + a.Room)}");
        }

        return true;
    }

    public sealed class PlanInput
    {
        [Range(6, 8, ErrorMessage = "A series has 6 to 8 dosing sessions per person.")]
        public int Doses { get; set; } = SeriesPlanner.DefaultDosesPerPerson;

        [Required(ErrorMessage = "Choose the Monday the series starts.")]
        public DateOnly? Start { get; set; }
    }
}
