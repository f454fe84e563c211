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
/// person's sign-in off (someone leaving, a lost laptop), which also ends every session they have open, and reset another
/// person's authenticator (a lost phone), which ends their sessions too; they then set it up again.
/// </summary>
public sealed class StaffModel(TandemDbContext db, CurrentViewer viewer, UserManager<TandemUser> users, ClinicalAudit audit, TimeProvider clock) : PageModel
{
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
                where Roles.Staff.Contains(r.Name!)
                select new { u.Id, u.DisplayName, u.Email, u.LockoutEnd, u.TwoFactorEnabled, u.ConcurrencyStamp, Role = r.Name! })
            .ToListAsync();
        Staff = rows
            .GroupBy(r => r.Id)
            .Select(g => new StaffRow(
                g.Key,
                g.First().DisplayName,
                g.First().Email ?? "",
                [.. g.Select(r => r.Role).Order(StringComparer.Ordinal)],
                SignInOf(g.First().LockoutEnd, now),
                g.First().TwoFactorEnabled,
                g.First().ConcurrencyStamp))
            .OrderBy(s => s.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    public async Task<IActionResult> OnPostTurnOffAsync(Guid id, string? version)
    {
        if (id == viewer.Value.UserId || await StaffMemberAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (!await ChangeAsShownAsync(user, version, [
                () => users.SetLockoutEnabledAsync(user, true), () => users.SetLockoutEndDateAsync(user, TandemUser.TurnedOff), () => users.UpdateSecurityStampAsync(user)]))
        {
            return Page();
        }

        await audit.SaveAndRecordAsync(AuditCode.StaffSignIn_TurnedOff, nameof(TandemUser), user.Id, null);
        TempData["Saved"] = $"{user.DisplayName} can no longer sign in, and their open sessions have ended.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostTurnOnAsync(Guid id, string? version)
    {
        if (await StaffMemberAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (!await ChangeAsShownAsync(user, version, [() => users.SetLockoutEndDateAsync(user, null), () => users.ResetAccessFailedCountAsync(user)]))
        {
            return Page();
        }

        await audit.SaveAndRecordAsync(AuditCode.StaffSignIn_TurnedOn, nameof(TandemUser), user.Id, null);
        TempData["Saved"] = $"{user.DisplayName} can sign in again.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostResetAuthenticatorAsync(Guid id, string? version)
    {
        if (id == viewer.Value.UserId || await StaffMemberAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (!await ChangeAsShownAsync(user, version, [
                () => users.SetTwoFactorEnabledAsync(user, false), () => users.ResetAuthenticatorKeyAsync(user), () => NoRecoveryCodesAsync(user)]))
        {
            return Page();
        }

        await audit.SaveAndRecordAsync(AuditCode.TwoFactor_ResetByAdmin, nameof(TandemUser), user.Id, null);
        TempData["Saved"] = $"{user.DisplayName}'s authenticator is reset and their open sessions have ended. They set up a new one from their sign-in.";
        return RedirectToPage();
    }

    private async Task<IdentityResult> NoRecoveryCodesAsync(TandemUser user) =>
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0) is null ? IdentityResult.Failed() : IdentityResult.Success;

    /// <summary>
    /// Makes the changes only if the account is still as the page showed it (its concurrency stamp, Identity's version);
    /// otherwise, or when someone changes it meanwhile, refuses with its sign-in as it is now.
    /// </summary>
    private async Task<bool> ChangeAsShownAsync(TandemUser user, string? version, IEnumerable<Func<Task<IdentityResult>>> changes)
    {
        var asShown = user.ConcurrencyStamp == version;
        foreach (var change in changes)
        {
            asShown = asShown && (await change()).Succeeded;
        }

        if (!asShown)
        {
            db.ChangeTracker.Clear();
            var now = await db.Users.AsNoTracking().Where(u => u.Id == user.Id).Select(u => u.LockoutEnd).FirstAsync();
            var signIn = SignInOf(now, clock.GetUtcNow()) switch
            {
                StaffSignIn.TurnedOff => "their sign-in is turned off", StaffSignIn.LockedForNow => "their sign-in is locked for now after wrong passwords", _ => "they can sign in",
            };
            var refusals = new Refusals();
            refusals.AddStale($"{user.DisplayName}'s account", signIn);
            ModelState.Refuse(refusals);
            await OnGetAsync();
        }

        return asShown;
    }

    private async Task<TandemUser?> StaffMemberAsync(Guid id)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user?.PracticeId != viewer.Value.PracticeId)
        {
            return null;
        }

        var roles = await users.GetRolesAsync(user);
        return roles.Any(Roles.Staff.Contains) ? user : null;
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

    /// <param name="Version">The account's concurrency stamp, which its forms post back.</param>
    public sealed record StaffRow(Guid Id, string Name, string Email, IReadOnlyList<string> Roles, StaffSignIn SignIn, bool TwoFactor, string? Version);
}
