using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Audit;
using Tandem.Core;
using Tandem.Core.Clients;
using Tandem.Data;
using Tandem.Data.Audit;
using Tandem.Data.Identity;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Account;

/// <summary>A client follows their single-use link, chooses a password and lands in their portal.</summary>
[EnableRateLimiting(PostRateLimits.SignIn)]
public sealed class InvitationModel(
    TandemDbContext db, UserManager<TandemUser> users, SignInManager<TandemUser> signIn, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    public Invitee? Invitee { get; private set; }

    public async Task OnGetAsync(string token) => Invitee = (await FindAsync(token))?.Invitee;

    public async Task<IActionResult> OnPostAsync(string token)
    {
        var found = await FindAsync(token);
        if (found is null)
        {
            return Page();
        }

        Invitee = found.Value.Invitee;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (invitation, client) = (found.Value.Invitation, found.Value.Client);
        var user = new TandemUser { UserName = client.Email, Email = client.Email, DisplayName = client.FullName, PracticeId = client.PracticeId };
        var created = await users.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            ModelState.Refuse(created.Errors.Select(error => (error.Code.Contains("Password", StringComparison.Ordinal) ? "Input.Password" : "", Explain(error))));
            return Page();
        }

        await users.AddToRoleAsync(user, Roles.Client);
        client.UserId = user.Id;
        invitation.UsedAt = clock.GetUtcNow().UtcDateTime;
        await audit.SaveWithAsync(new AuditEntry(
            AuditCode.ClientInvitation_Accepted, client.PracticeId, user.Id, client.Id, nameof(ClientInvitation), invitation.Id.ToString()));
        await signIn.SignInAsync(user, isPersistent: false);
        return RedirectToPage("/Portal/Index");
    }

    private async Task<(ClientInvitation Invitation, Client Client, Invitee Invitee)?> FindAsync(string token)
    {
        var hash = SecretTokens.Hash(token);
        var invitation = await db.ClientInvitations.AcrossPracticesBecause("the invitation link carries only its token: whose practice it is, the row says").FirstOrDefaultAsync(i => i.TokenHash == hash);
        if (invitation is null || !invitation.IsUsableAt(clock.GetUtcNow().UtcDateTime))
        {
            return null;
        }

        var client = await db.Clients.FirstAsync(c => c.Id == invitation.ClientId && c.PracticeId == invitation.PracticeId);
        return client.UserId is null ? (invitation, client, new Invitee(client.FirstName, client.Email)) : null;
    }

    private static string Explain(IdentityError error) => error.Code switch
    {
        "DuplicateUserName" or "DuplicateEmail" => "An account already uses this email. Sign in, or ask your clinician for help.",
        _ => error.Description,
    };
}

public sealed record Invitee(string FirstName, string Email);
