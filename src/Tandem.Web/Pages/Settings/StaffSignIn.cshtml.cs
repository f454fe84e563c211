using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Practices;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Settings;

/// <summary>
/// Whether every staff member must sign in with a code from an authenticator app: the admin's choice, on for a new
/// practice. Either way the change is audited; while it is off the admin's pages say so. It is in force from each staff
/// member's next request (their session check forgets them, decision 0009).
/// </summary>
public sealed class StaffSignInModel(TandemDbContext db, CurrentViewer viewer, ClinicalAudit audit) : PageModel
{
    public Practice Current { get; private set; } = null!;

    [BindProperty]
    public RequirementInput Input { get; set; } = new();

    public async Task OnGetAsync() => Input = RequirementInput.From(await LoadAsync(track: false));

    public async Task<IActionResult> OnPostAsync()
    {
        var practice = await LoadAsync(track: true);
        var refusals = new Refusals();
        if (practice.Version != Input.Version)
        {
            refusals.AddStale("This setting", practice.RequiresStaffTwoFactor ? "two-factor sign-in is required" : "two-factor sign-in is not required");
        }

        if (ModelState.Refuse(refusals))
        {
            Input = RequirementInput.From(practice);
            return Page();
        }

        practice.RequiresStaffTwoFactor = Input.Required;
        await audit.SaveAndRecordAsync(Input.Required ? AuditCode.StaffTwoFactor_Required : AuditCode.StaffTwoFactor_NotRequired, nameof(Practice), practice.Id, null);
        return RedirectToPage();
    }

    private async Task<Practice> LoadAsync(bool track)
    {
        var practices = track ? db.Practices : db.Practices.AsNoTracking();
        return Current = await practices.SingleAsync(p => p.Id == viewer.Value.PracticeId);
    }

    /// <summary>What the button asks for (the opposite of what is in force), and the version the page showed.</summary>
    public sealed class RequirementInput
    {
        public bool Required { get; set; }

        public Guid Version { get; set; }

        public static RequirementInput From(Practice practice) => new() { Required = !practice.RequiresStaffTwoFactor, Version = practice.Version };
    }
}
