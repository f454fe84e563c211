using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Tandem.Core.Audit;
using Tandem.Data.Audit;
using Tandem.Data.Identity;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Account;

/// <summary>The emailed link: choose a new password. It ends every session the account had open, and then signs nobody in.</summary>
[EnableRateLimiting(PostRateLimits.SignIn)]
public sealed class ResetModel(UserManager<TandemUser> users, AuditLog audit) : PageModel
{
    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    public bool LinkWorks { get; private set; }

    public async Task OnGetAsync(Guid userId, string token) =>
        LinkWorks = await FindAsync(userId) is { } user && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<TandemUser>.ResetPasswordTokenPurpose, Decode(token) ?? "");

    public async Task<IActionResult> OnPostAsync(Guid userId, string token)
    {
        LinkWorks = true;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await FindAsync(userId);
        var reset = user is null || Decode(token) is not { } decoded ? null : await users.ResetPasswordAsync(user, decoded, Input.Password);
        if (reset is null || reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            LinkWorks = false;
            return Page();
        }

        if (!reset.Succeeded)
        {
            ModelState.Refuse(reset.Errors.Select(error => ("Input.Password", error.Description)));
            return Page();
        }

        await audit.SaveWithAsync(new AuditEntry(AuditCode.Password_ResetByEmail, user!.PracticeId, user.Id, null, nameof(TandemUser), user.Id.ToString()));
        TempData["Notice"] = "Your new password is set. Sign in with it.";
        return RedirectToPage("/Account/Login");
    }

    private async Task<TandemUser?> FindAsync(Guid userId) =>
        await users.FindByIdAsync(userId.ToString()) is { } user && !user.SignInTurnedOff ? user : null;

    private static string? Decode(string token)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
