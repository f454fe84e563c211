using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Audit;
using Tandem.Data;
using Tandem.Data.Identity;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Admin;

/// <summary>
/// The admin sets a staff member's roles. The change is audited and in force from that person's next request (the
/// session check forgets them when their roles change); the practice always keeps a practice admin who can sign in.
/// </summary>
public sealed class RolesModel(TandemDbContext db, CurrentViewer viewer, UserManager<TandemUser> users, ClinicalAudit audit) : PageModel
{
    public TandemUser Member { get; private set; } = null!;
    public StaffRole Current { get; private set; }

    [BindProperty]
    public List<StaffRole> Roles { get; set; } = [];

    /// <summary>The account's concurrency stamp as the page showed it: Identity's version of the account.</summary>
    [BindProperty]
    public string? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Roles = [.. StaffRoles.Each.Where(r => Current.HasFlag(r))];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var chosen = Roles.Aggregate(StaffRole.None, (all, r) => all | r);
        var refusals = new Refusals();
        var isActiveAdmin = Current.HasFlag(StaffRole.PracticeAdmin) && !Member.SignInTurnedOff;
        if (Member.ConcurrencyStamp != Version)
        {
            refusals.AddStale($"{Member.DisplayName}'s account", $"their roles are {StaffRoles.Describe(Current)}");
        }
        else if (StaffRoles.WhyNot(chosen, isActiveAdmin, await ActiveAdminsAsync()) is { } why)
        {
            refusals.Add(nameof(Roles), why);
        }

        if (ModelState.Refuse(refusals))
        {
            return Page();
        }

        var (now, wanted) = (StaffRoles.Names(Current), StaffRoles.Names(chosen));
        var changed = (await users.RemoveFromRolesAsync(Member, now.Except(wanted))).Succeeded
            && (await users.AddToRolesAsync(Member, wanted.Except(now))).Succeeded;
        if (!changed)
        {
            var overtaken = new Refusals();
            overtaken.AddStale($"{Member.DisplayName}'s account", "it was changed by someone else at the same moment");
            ModelState.Refuse(overtaken);
            return Page();
        }

        await audit.SaveAndRecordAsync(AuditCode.StaffRoles_Changed, nameof(TandemUser), Member.Id, null);
        TempData["Saved"] = $"{Member.DisplayName} is now {StaffRoles.Describe(chosen)}, from their next page.";
        return RedirectToPage("/Admin/Staff");
    }

    private Task<int> ActiveAdminsAsync() =>
        (from u in db.Users
         where u.PracticeId == viewer.Value.PracticeId && (u.LockoutEnd == null || u.LockoutEnd != TandemUser.TurnedOff)
         join ur in db.UserRoles on u.Id equals ur.UserId
         join r in db.Roles on ur.RoleId equals r.Id
         where r.Name == Tandem.Core.Access.Roles.PracticeAdmin
         select u.Id).Distinct().CountAsync();

    private async Task<bool> LoadAsync(Guid id)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user?.PracticeId != viewer.Value.PracticeId)
        {
            return false;
        }

        var names = await users.GetRolesAsync(user);
        (Member, Current) = (user, StaffRoles.Of(names));
        return names.Any(Tandem.Core.Access.Roles.Staff.Contains);
    }
}
