using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Tandem.Core.Audit;
using Tandem.Data.Audit;
using Tandem.Data.Identity;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Account;

/// <summary>
/// The second step of signing in, once the password was right: a code from the authenticator app, or a recovery code.
/// A wrong one counts towards the same lockout as a wrong password, so it manages its own writes.
/// </summary>
[OwnTransactions]
[EnableRateLimiting(PostRateLimits.SignIn)]
public sealed class SecondFactorModel(SignInManager<TandemUser> signIn, UserManager<TandemUser> users, AuditLog audit) : PageModel
{
    public const string FailureMessage =
        "That code did not work. Type the newest code your authenticator app shows, or one of your recovery codes. After several failed tries, sign-in pauses for 15 minutes.";

    [BindProperty]
    public CodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Whether a password was taken in this browser in the last few minutes (Identity's two-factor cookie).</summary>
    public bool Waiting { get; private set; }

    public async Task OnGetAsync() => Waiting = await signIn.GetTwoFactorAuthenticationUserAsync() is not null;

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return RedirectToPage("/Account/Login");
        }

        Waiting = true;

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = Input.Code.Replace(" ", "", StringComparison.Ordinal);
        if (code.All(char.IsAsciiDigit))
        {
            if ((await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)).Succeeded)
            {
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
            }
        }
        else if (await RecoveryCodeSignInAsync(user, code.ToUpperInvariant()))
        {
            await audit.SaveWithAsync(new AuditEntry(AuditCode.RecoveryCode_Used, user.PracticeId, user.Id, null, nameof(TandemUser), user.Id.ToString()));
            TempData["Notice"] = "You signed in with a recovery code, which now no longer works.";
            return RedirectToPage("/Account/TwoFactor/Index");
        }

        ModelState.Refuse([("", FailureMessage)]);
        return Page();
    }

    /// <summary>Identity neither refuses a recovery code while the account is locked out nor counts a wrong one; this does both.</summary>
    private async Task<bool> RecoveryCodeSignInAsync(TandemUser user, string code)
    {
        if (await users.IsLockedOutAsync(user))
        {
            return false;
        }

        if ((await signIn.TwoFactorRecoveryCodeSignInAsync(code)).Succeeded)
        {
            return true;
        }

        await users.AccessFailedAsync(user);
        return false;
    }

    public sealed class CodeInput
    {
        [Required(ErrorMessage = "Type the code from your authenticator app.")]
        [StringLength(32, ErrorMessage = "That is longer than any code.")]
        public string Code { get; set; } = "";
    }
}
