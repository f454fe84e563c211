using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Core.Audit;
using Tandem.Core.Intake;
using Tandem.Core.Cases;
using Tandem.Data;
using Microsoft.EntityFrameworkCore;
using Tandem.Web.Authorization;
using Tandem.Web.Pages.Account;
using Tandem.Web.Pages.Intake;
using Tandem.Web.Pages.Preparation;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Cases;

/// <summary>
/// A case: name and stage for any clinician of the practice; participants, history and notes for its team only.
/// </summary>
public sealed class DetailsModel(
    TandemDbContext db, CaseScope scope, CaseFile file, ClinicalAudit audit, PortalInvitations invitations, IntakeProgress progress,
    PreparationMaterial preparation) : PageModel
{
    public CaseFile.Header Case { get; private set; } = null!;
    public IReadOnlyList<CaseFile.TeamMember> Team { get; private set; } = [];
    public bool IsOnTeam { get; private set; }
    public IReadOnlyList<CaseFile.Participant> Participants { get; private set; } = [];
    public IReadOnlyList<CaseFile.StageEntry> History { get; private set; } = [];
    public IReadOnlyList<CaseFile.Note> Notes { get; private set; } = [];
    public IReadOnlyList<CaseFile.Override> Overrides { get; private set; } = [];
    public IReadOnlyList<CaseFile.TimelineEntry> Timeline { get; private set; } = [];

    /// <summary>The practice's time zone, in which booked sessions' times are shown.</summary>
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public CaseFile.Consultation? Consultation { get; private set; }
    public IReadOnlyList<ParticipantReadiness> Readiness { get; private set; } = [];
    public IReadOnlyList<string> SafetyConcerns { get; private set; } = [];
    public bool CanManageTeam { get; private set; }

    /// <summary>Clinicians and prescribers of the practice not yet on the team, for the lead to add.</summary>
    public IReadOnlyList<CaseFile.TeamMember> StaffToAdd { get; private set; } = [];
    public IReadOnlyList<PreparationMaterial.Item> Intentions { get; private set; } = [];
    public IReadOnlyList<PreparationMaterial.Spot> HotSpots { get; private set; } = [];

    /// <summary>A fresh invitation link, shown once, right after it was made.</summary>
    public (string Name, string Link)? NewInvitation { get; private set; }

    [BindProperty]
    public NoteInput Note { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var facts = await scope.AuthorizeAsync(id, CaseOperations.ReadDirectory);
        if (facts is null)
        {
            return NotFound();
        }

        await LoadAsync(id, await scope.AllowsAsync(facts, CaseOperations.ReadClinical));
        if (IsOnTeam && await scope.AllowsAsync(facts, CaseOperations.ManageTeam))
        {
            await LoadTeamChoicesAsync(facts);
        }

        if (IsOnTeam)
        {
            // A read per participant, so each client's access report lists it; a case before its clients still has one.
            await audit.RecordReadsAsync(AuditCode.Case_Viewed, facts.ParticipantClientIds.DefaultIfEmpty()
                .Select(clientId => (nameof(Case), id, clientId == Guid.Empty ? (Guid?)null : clientId)));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostNoteAsync(Guid id)
    {
        var facts = await scope.AuthorizeAsync(id, CaseOperations.WriteClinical);
        if (facts is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(id, clinical: true);
            return Page();
        }

        var note = new CaseNote { PracticeId = facts.PracticeId, CaseId = id, AuthorId = scope.Viewer.UserId, Text = Note.Text.Trim() };
        db.CaseNotes.Add(note);
        await audit.SaveAndRecordAsync(AuditCode.CaseNote_Added, nameof(CaseNote), note.Id, null);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostInviteAsync(Guid id, Guid clientId)
    {
        var facts = await scope.AuthorizeAsync(id, CaseOperations.WriteClinical);
        if (facts is null || !facts.ParticipantClientIds.Contains(clientId))
        {
            return NotFound();
        }

        ModelState.Clear();
        var client = await db.Clients.FindAsync(clientId, facts.PracticeId);
        if (client is null)
        {
            return NotFound();
        }

        if (client.UserId is not null)
        {
            ModelState.Refuse([("", $"{client.FirstName} already has a portal login.")]);
            await LoadAsync(id, clinical: true);
            return Page();
        }

        var practiceName = await db.Practices.Where(p => p.Id == facts.PracticeId).Select(p => p.Name).FirstAsync();
        NewInvitation = (client.FirstName, await invitations.InviteAsync(client, practiceName, scope.Viewer.UserId));
        await LoadAsync(id, clinical: true);
        return Page();
    }

    public async Task<IActionResult> OnPostAddMemberAsync(Guid id, Guid staffId)
    {
        var facts = await scope.AuthorizeAsync(id, CaseOperations.ManageTeam);
        if (facts is null || facts.TeamStaffIds.Contains(staffId) || !(await file.CliniciansAsync(facts.PracticeId)).Any(s => s.StaffId == staffId))
        {
            return NotFound();
        }

        ModelState.Clear();
        var member = new CaseTeamMember { PracticeId = facts.PracticeId, CaseId = id, StaffId = staffId, AddedById = scope.Viewer.UserId };
        db.CaseTeamMembers.Add(member);
        await audit.SaveAndRecordAsync(AuditCode.CaseTeam_MemberAdded, nameof(CaseTeamMember), member.Id, null);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveMemberAsync(Guid id, Guid staffId, Guid? version)
    {
        var facts = await scope.AuthorizeAsync(id, CaseOperations.ManageTeam);
        var member = facts is null ? null : await db.CaseTeamMembers.FirstOrDefaultAsync(t => t.PracticeId == facts.PracticeId && t.CaseId == id && t.StaffId == staffId && !t.IsLead);
        if (member is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        if (!member.IsAsShown(version))
        {
            await LoadAsync(id, clinical: true);
            await LoadTeamChoicesAsync(facts!);
            var refusals = new Refusals();
            refusals.AddStale($"{Team.First(t => t.StaffId == staffId).Name}'s place on the team", "they were taken off it and added again");
            ModelState.Refuse(refusals);
            return Page();
        }

        db.CaseTeamMembers.Remove(member);
        await audit.SaveAndRecordAsync(AuditCode.CaseTeam_MemberRemoved, nameof(CaseTeamMember), member.Id, null);
        return RedirectToPage(new { id });
    }

    private async Task LoadTeamChoicesAsync(Core.Access.CaseAccessFacts facts)
    {
        CanManageTeam = true;
        StaffToAdd = [.. (await file.CliniciansAsync(facts.PracticeId)).Where(s => !facts.TeamStaffIds.Contains(s.StaffId))];
    }

    private async Task LoadAsync(Guid id, bool clinical)
    {
        Case = await file.HeaderAsync(id);
        Team = await file.TeamAsync(id);
        IsOnTeam = clinical;
        if (clinical)
        {
            Participants = await file.ParticipantsAsync(id);
            History = await file.HistoryAsync(id);
            Notes = await file.NotesAsync(id);
            Overrides = await file.OverridesAsync(id);
            Timeline = await file.TimelineAsync(id);
            Zone = Timeline.Any(t => t.StartsAt is not null) ? await db.PracticeZoneAsync(scope.Viewer.PracticeId) : Zone;
            Consultation = await file.ConsultationAsync(id);
            Readiness = (await progress.ReadinessAsync(scope.Viewer.PracticeId, [id])).GetValueOrDefault(id) ?? [];
            SafetyConcerns = await file.SafetyConcernsAsync(id);
            (var intentions, var spots) = await preparation.SharedInCaseAsync(id);
            (Intentions, HotSpots) = (intentions, spots);
        }
    }

    public sealed class NoteInput
    {
        [Required(ErrorMessage = "Write the note before saving it.")]
        [StringLength(CaseNote.MaxTextLength, ErrorMessage = "A note can be at most 4000 characters; split it in two.")]
        public string Text { get; set; } = "";
    }
}
