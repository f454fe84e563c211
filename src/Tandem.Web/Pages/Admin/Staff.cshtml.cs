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
/// The practice's staff accounts and their roles: the admin's view, with no clinical content. The admin can turn a
/// person's sign-in off (someone leaving, a lost laptop), which also ends every session they have open.
/// </summary>
public sealed class StaffModel(TandemDbContext db, CurrentViewer viewer, UserManager<TandemUser> users, ClinicalAudit audit, TimeProvider clock) : PageModel
{
    private static readonly string[] StaffRoles = [Roles.PracticeAdmin, Roles.Clinician, Roles.Prescriber];

    public IReadOnlyList<StaffRow> Staff { get; private set; } = [];
    public Guid ViewerId => viewer.Value.UserId;

    public async Task OnGetAsync()
    {
        var practiceId = viewer.Value.PracticeId;
        var now = clock.GetUtcNow();
        var rows = await (
                from u in db.Users.AsNoTracking()
                where u.PracticeId == practiceId
                join ur in db.UserRoles on u.Id equals ur.UserId
                join r in db.Roles on ur.RoleId equals r.Id
                where StaffRoles.Contains(r.Name!)
                select new { u.Id, u.DisplayName, u.Email, u.LockoutEnd, Role = r.Name! })
            .ToListAsync();
        Staff = rows
            .GroupBy(r => r.Id)
            .Select(g => new StaffRow(
                g.Key,
                g.First().DisplayName,
                g.First().Email ?? "",
                [.. g.Select(r => r.Role).Order(StringComparer.Ordinal)],
                SignInOf(g.First().LockoutEnd, now)))
            .OrderBy(s => s.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    public async Task<IActionResult> OnPostTurnOffAsync(Guid id)
    {
        if (id == viewer.Value.UserId || await StaffMemberAsync(id) is not { } user)
        {
            return NotFound();
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, TandemUser.TurnedOff);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(AuditCode.StaffSignIn_TurnedOff, nameof(TandemUser), user.Id, null);
        TempData["Saved"] = $"{user.DisplayName} can no longer sign in, and their open sessions have ended.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostTurnOnAsync(Guid id)
    {
        if (await StaffMemberAsync(id) is not { } user)
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync(AuditCode.StaffSignIn_TurnedOn, nameof(TandemUser), user.Id, null);
        TempData["Saved"] = $"{user.DisplayName} can sign in again.";
        return RedirectToPage();
    }

    private async Task<TandemUser?> StaffMemberAsync(Guid id)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user?.PracticeId != viewer.Value.PracticeId)
        {
            return null;
        }

        var roles = await users.GetRolesAsync(user);
        return roles.Any(StaffRoles.Contains) ? user : null;
    }

    private static StaffSignIn SignInOf(DateTimeOffset? lockoutEnd, DateTimeOffset now) => lockoutEnd switch
    {
        { } end when end == TandemUser.TurnedOff => StaffSignIn.TurnedOff,
        { } end when end > now => StaffSignIn.LockedForNow,
        _ => StaffSignIn.Active,
    };

    public enum StaffSignIn
    {
        Active,
        LockedForNow,
        TurnedOff,
    }

    public sealed record StaffRow(Guid Id, string Name, string Email, IReadOnlyList<string> Roles, StaffSignIn SignIn);
}
