using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Measures;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Alerts;

/// <summary>
/// Any clinician of the practice may follow up a safety alert, so someone acts when the lead is away. The page names the
/// client and the time, never the answers.
/// </summary>
public sealed class FollowUpModel(TandemDbContext db, CurrentViewer viewer, ClinicalAudit audit, TimeProvider clock) : PageModel
{
    public SafetyAlert Alert { get; private set; } = null!;
    public string ClientName { get; private set; } = "";
    public string? Phone { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "Say what you did: who you reached, and what was agreed.")]
    [StringLength(SafetyAlert.MaxActionLength, ErrorMessage = "Keep this under 2000 characters.")]
    public string? Action { get; set; }

    /// <summary>The version of the alert the page showed.</summary>
    [BindProperty]
    public Guid? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        await audit.RecordReadAsync(AuditCode.SafetyAlert_Viewed, nameof(SafetyAlert), id, Alert.ClientId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var refusals = new Refusals();
        if (Alert.FollowedUpAt is not null)
        {
            refusals.Add("", "Someone already recorded the follow-up.");
        }
        else if (!Alert.IsAsShown(Version))
        {
            refusals.AddStale("This alert", "it is still open; read it again before you record the follow-up");
        }

        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            return Page();
        }

        Alert.FollowUpAction = Action!.Trim();
        Alert.FollowedUpById = viewer.Value.UserId;
        Alert.FollowedUpAt = clock.GetUtcNow().UtcDateTime;
        await audit.SaveAndRecordAsync(AuditCode.SafetyAlert_FollowedUp, nameof(SafetyAlert), id, Alert.ClientId);
        return RedirectToPage("/Dashboard/Index");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var alert = await db.SafetyAlerts.FirstOrDefaultAsync(a => a.Id == id && a.PracticeId == viewer.Value.PracticeId);
        if (alert is null)
        {
            return false;
        }

        Alert = alert;
        var client = await db.Clients.AsNoTracking().Where(c => c.PracticeId == viewer.Value.PracticeId && c.Id == alert.ClientId).Select(c => new { Name = c.FirstName + " " + c.LastName, c.Phone }).FirstAsync();
        (ClientName, Phone) = (client.Name, client.Phone);
        return true;
    }
}
