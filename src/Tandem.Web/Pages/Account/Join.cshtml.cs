using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Tandem.Core;
using Tandem.Core.Access;
using Tandem.Core.Audit;
using Tandem.Data;
using Tandem.Data.Audit;
using Tandem.Data.Identity;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Account;

/// <summary>A new staff member follows their single-use invitation, chooses a password and signs in with the roles the admin chose.</summary>
[EnableRateLimiting(PostRateLimits.SignIn)]
public sealed class JoinModel(
    TandemDbContext db, UserManager<TandemUser> users, SignInManager<TandemUser> signIn, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    public StaffInvitation? Invitation { get; private set; }

    public async Task OnGetAsync(string token) => Invitation = await FindAsync(token);

    public async Task<IActionResult> OnPostAsync(string token)
    {
        Invitation = await FindAsync(token);
        if (Invitation is not { } invitation || !ModelState.IsValid)
        {
            return Page();
        }

        var user = new TandemUser { UserName = invitation.Email, Email = invitation.Email, DisplayName = invitation.DisplayName, PracticeId = invitation.PracticeId };
        var created = await users.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            ModelState.Refuse(created.Errors.Select(error => (error.Code.Contains("Password", StringComparison.Ordinal) ? "Input.Password" : "",
                error.Code is "DuplicateUserName" or "DuplicateEmail" ? "An account already uses this email. Sign in, or ask the practice admin." : error.Description)));
            return Page();
        }

        await users.AddToRolesAsync(user, StaffRoles.Names(invitation.Roles));
        invitation.UsedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        await audit.SaveWithAsync(new AuditEntry(AuditCode.StaffInvitation_Accepted, invitation.PracticeId, user.Id, null, nameof(StaffInvitation), invitation.Id.ToString()));
        await signIn.SignInAsync(user, isPersistent: false);
        return Redirect("/");
    }

    private async Task<StaffInvitation?> FindAsync(string token)
    {
        var hash = SecretTokens.Hash(token);
        var invitation = await db.StaffInvitations.AcrossPracticesBecause("the invitation link carries only its token: whose practice it is, the row says").FirstOrDefaultAsync(i => i.TokenHash == hash);
        return invitation?.IsUsableAt(clock.GetUtcNow().UtcDateTime) == true ? invitation : null;
    }
}
