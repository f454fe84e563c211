using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Scheduling;
using Tandem.Core.Treatment;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Series;

/// <summary>
/// Proposes a time for every session of the series not yet booked and books them all in one step. A confirmation made
/// from a proposal that no longer holds (a time taken, a session moved meanwhile) books nothing and shows a new one.
/// </summary>
public sealed class BookModel(TandemDbContext db, CaseScope scope, SeriesBooking booking, ClinicalAudit audit) : PageModel
{
    public Guid CaseId { get; private set; }
    public string CaseName { get; private set; } = "";
    public SeriesBooking.Draft? Draft { get; private set; }

    /// <summary>Whether the session hours proposed from are the viewer's own, which they may change.</summary>
    public bool ViewerIsLead => Draft?.ClinicianId == scope.Viewer.UserId;

    public bool CanBook => Draft is { Proposal: { Problems.Count: 0, Times.Count: > 0 } };

    public async Task<IActionResult> OnGetAsync(Guid caseId)
    {
        if (!await LoadAsync(caseId, CaseOperations.ReadClinical))
        {
            return NotFound();
        }

        await audit.RecordReadsAsync(AuditCode.Series_Viewed, (Draft?.People.Keys ?? []).Select(c => (nameof(DosingSeries), caseId, (Guid?)c)));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid caseId, string? proposalVersion)
    {
        if (!await LoadAsync(caseId, CaseOperations.WriteClinical))
        {
            return NotFound();
        }

        if (ModelState.Refuse(Refusals(proposalVersion)))
        {
            return Page();
        }

        var sessions = Draft!.Series.Sessions.ToDictionary(s => s.Id);
        var appointments = await booking.BookAsync(Draft);
        try
        {
            await audit.SaveAndRecordAllAsync(AuditCode.Appointment_Scheduled,
                appointments.Select(a => (nameof(Appointment), a.Id, sessions[a.SeriesSessionId].PersonClientId)));
        }
        catch (DbUpdateException error) when (error.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            ModelState.Refuse([("", "Nothing was booked: a proposed time was taken as you confirmed. Here is a new proposal.")]);
            await LoadAsync(caseId, CaseOperations.WriteClinical);
            return Page();
        }

        TempData["Saved"] = $"{appointments.Count} sessions booked with {Draft.ClinicianName}; the clients are told by email.";
        return RedirectToPage("/Series/Index", new { caseId });
    }

    private Refusals Refusals(string? proposalVersion)
    {
        var refusals = new Refusals();
        if (!CanBook)
        {
            refusals.Add("", "There is nothing to book: every session is booked already, or the proposal has problems to resolve first.");
        }
        else if (Draft!.Fingerprint != proposalVersion)
        {
            refusals.Add("", "Nothing was booked: since the proposal was made, a time was taken or a session changed. Here is a new proposal.");
        }

        return refusals;
    }

    /// <summary>A session's name and who it is for, as the series page reads it.</summary>
    public string Describe(ProposedTime time)
    {
        var session = Draft!.Series.Sessions.Single(s => s.Number == time.Number);
        var who = session.PersonClientId is { } p ? Draft.People.GetValueOrDefault(p, "?") : Draft.People.Count > 1 ? "both partners" : null;
        return SessionNames.Of(session.Kind) + (who is null ? "" : $", {who}");
    }

    /// <summary>Whether the proposal moves the session off the day it was planned for.</summary>
    public bool Moves(ProposedTime time) => Draft!.Series.Sessions.Single(s => s.Number == time.Number).Date != time.Date;

    private async Task<bool> LoadAsync(Guid caseId, Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement operation)
    {
        if (await scope.AuthorizeAsync(caseId, operation) is null)
        {
            return false;
        }

        CaseId = caseId;
        CaseName = await db.Cases.AsNoTracking().Where(c => c.PracticeId == scope.Viewer.PracticeId && c.Id == caseId).Select(c => c.Name).FirstAsync();
        Draft = await booking.ProposeAsync(scope.Viewer.PracticeId, caseId);
        return true;
    }
}
