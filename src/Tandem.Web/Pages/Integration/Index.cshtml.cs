using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Integration;
using Tandem.Core.Treatment;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Series;

namespace Tandem.Web.Pages.Integration;

/// <summary>
/// The integration session after a dosing session: notes for the case team, insights and practices for the client,
/// or for both partners after a joint session. Signed, it goes to the portal and is no longer edited.
/// </summary>
public sealed class IndexModel(TandemDbContext db, CaseScope scope, SeriesProgress progress, ClinicalAudit audit, TimeProvider clock) : PageModel
{
    public SeriesSession Session { get; private set; } = null!;
    public string CaseName { get; private set; } = "";
    public IReadOnlyList<(Guid ClientId, string FirstName)> People { get; private set; } = [];
    public IntegrationSession Record { get; private set; } = null!;
    public bool Saved { get; private set; }
    public IReadOnlyList<HomePractice> Library { get; private set; } = [];
    public string? SignedBy { get; private set; }
    public Guid? DosingSessionId { get; private set; }

    [BindProperty]
    public IntegrationInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id, CaseOperations.ReadClinical, track: false))
        {
            return NotFound();
        }

        Input = IntegrationInput.From(Record);
        await audit.RecordReadAsync(AuditCode.IntegrationSession_Viewed, nameof(IntegrationSession), Record.Id, Record.ClientId);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id) => await ChangeAsync(id, sign: false);

    public async Task<IActionResult> OnPostSignAsync(Guid id) => await ChangeAsync(id, sign: true);

    private async Task<IActionResult> ChangeAsync(Guid id, bool sign)
    {
        if (!await LoadAsync(id, CaseOperations.WriteClinical, track: true))
        {
            return NotFound();
        }

        var chosen = Library.Where(p => Input.Practices.Contains(p.Id)).ToList();
        if (ModelState.Refuse(await RefusalsAsync(chosen, sign)) || !ModelState.IsValid)
        {
            return Page();
        }

        Record.ClinicianNotes = Input.ClinicianNotes?.Trim();
        Record.SharedInsights = Input.SharedInsights?.Trim();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var gone in Record.Practices.Where(a => chosen.All(c => c.Id != a.HomePracticeId)).ToList())
        {
            Record.Practices.Remove(gone);
            db.PracticeAssignments.Remove(gone);
        }

        foreach (var practice in chosen)
        {
            foreach (var (clientId, _) in People.Where(p => Record.Practices.All(a => a.HomePracticeId != practice.Id || a.ClientId != p.ClientId)))
            {
                Record.Practices.Add(new PracticeAssignment
                {
                    PracticeId = Record.PracticeId, IntegrationSessionId = Record.Id, CaseId = Record.CaseId, ClientId = clientId,
                    HomePracticeId = practice.Id, AssignedAt = now,
                });
            }
        }

        if (sign)
        {
            (Record.SignedById, Record.SignedAt) = (scope.Viewer.UserId, now);
        }

        if (Saved)
        {
            db.Entry(Record).Property(r => r.Version).OriginalValue = Input.Version;
        }
        else
        {
            db.IntegrationSessions.Add(Record);
        }

        try
        {
            await audit.SaveAndRecordAsync(sign ? AuditCode.IntegrationSession_Signed : AuditCode.IntegrationSession_Changed, nameof(IntegrationSession), Record.Id, Record.ClientId);
        }
        catch (DbUpdateException error) when (error is DbUpdateConcurrencyException || error.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            ModelState.Refuse([("", "Someone else changed this integration while you were editing it. Their version is shown; make your changes again.")]);
            await LoadAsync(id, CaseOperations.ReadClinical, track: false);
            Input = IntegrationInput.From(Record);
            return Page();
        }

        if (sign)
        {
            await progress.CompleteIfDoneAsync(scope.Viewer.PracticeId, Session.CaseId);
        }

        return RedirectToPage(new { id });
    }

    private async Task<Refusals> RefusalsAsync(List<HomePractice> chosen, bool sign)
    {
        var refusals = new Refusals();
        if (Record.IsSigned)
        {
            refusals.Add("", "This integration is signed and shared; it cannot be changed.");
        }

        if (chosen.Count != Input.Practices.Distinct().Count())
        {
            refusals.Add("Input.Practices", "Choose practices from the library.");
        }

        if (sign && string.IsNullOrWhiteSpace(Input.SharedInsights) && chosen.Count == 0)
        {
            refusals.Add("Input.SharedInsights", "Write the insights to share, or give at least one practice, before signing.");
        }

        if (sign && RecordDay.IsAhead(Session.Date, await db.PracticeTodayAsync(scope.Viewer.PracticeId, clock)))
        {
            refusals.Add("", RecordDay.SigningNotYet(Session.Date));
        }

        return refusals;
    }

    private async Task<bool> LoadAsync(Guid id, Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement operation, bool track)
    {
        var session = await db.SeriesSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.PracticeId == scope.Viewer.PracticeId);
        if (session is null || session.Kind is not (SessionKind.IndividualIntegration or SessionKind.JointIntegration)
            || await scope.AuthorizeAsync(session.CaseId, operation) is null)
        {
            return false;
        }

        Session = session;
        CaseName = await db.Cases.AsNoTracking().Where(c => c.PracticeId == scope.Viewer.PracticeId && c.Id == session.CaseId).Select(c => c.Name).FirstAsync();
        var people = await db.CaseParticipants.AsNoTracking()
            .Where(p => p.PracticeId == scope.Viewer.PracticeId && p.CaseId == session.CaseId && (session.Kind == SessionKind.JointIntegration || p.ClientId == session.PersonClientId))
            .OrderBy(p => p.CreatedAt).ThenBy(p => p.ClientId)
            .Select(p => new { p.ClientId, p.Client!.FirstName })
            .ToListAsync();
        People = [.. people.Select(p => (p.ClientId, p.FirstName))];
        var records = track ? db.IntegrationSessions : db.IntegrationSessions.AsNoTracking();
        var record = await records.Include(r => r.Practices).FirstOrDefaultAsync(r => r.PracticeId == session.PracticeId && r.SeriesSessionId == id);
        Saved = record is not null;
        Record = record ?? new IntegrationSession { PracticeId = session.PracticeId, SeriesSessionId = id, CaseId = session.CaseId, ClientId = session.PersonClientId };
        Library = await db.HomePractices.AsNoTracking().Where(p => p.PracticeId == session.PracticeId && p.IsActive).OrderBy(p => p.SortOrder).ThenBy(p => p.Name).ToListAsync();
        SignedBy = Record.SignedById is { } by ? await db.Users.Where(u => u.Id == by).Select(u => u.DisplayName).FirstAsync() : null;
        DosingSessionId = await db.SeriesSessions.AsNoTracking()
            .Where(s => s.PracticeId == scope.Viewer.PracticeId && s.SeriesId == session.SeriesId && s.Number == session.AfterNumber).Select(s => (Guid?)s.Id).FirstOrDefaultAsync();
        return true;
    }

    public sealed class IntegrationInput
    {
        public Guid Version { get; set; }

        [StringLength(IntegrationSession.MaxTextLength)]
        public string? ClinicianNotes { get; set; }

        [StringLength(IntegrationSession.MaxTextLength)]
        public string? SharedInsights { get; set; }

        public List<Guid> Practices { get; set; } = [];

        public static IntegrationInput From(IntegrationSession r) => new()
        {
            Version = r.Version, ClinicianNotes = r.ClinicianNotes, SharedInsights = r.SharedInsights,
            Practices = [.. r.Practices.Select(p => p.HomePracticeId).Distinct()],
        };
    }
}
