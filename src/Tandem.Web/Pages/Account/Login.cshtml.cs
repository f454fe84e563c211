using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Tandem.Data.Identity;
using Tandem.Web.Infrastructure;
using Tandem.Web.Infrastructure.Identity;

namespace Tandem.Web.Pages.Account;

/// <summary>
/// Password sign-in, then the code for someone with two-factor sign-in. Failed attempts must be kept (lockout counts
/// them), so it manages its own writes.
/// </summary>
[OwnTransactions]
[EnableRateLimiting(PostRateLimits.SignIn)]
public sealed class LoginModel(SignInManager<TandemUser> signIn, UserManager<TandemUser> users, DecoyPassword decoy) : PageModel
{
    public const string FailureMessage =
        "That email and password do not match an account. After several failed tries, sign-in pauses for 15 minutes.";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var arrivedAt = Stopwatch.GetTimestamp();
        var user = await users.FindByEmailAsync(Input.Email);

        // Identity refuses a locked-out account before hashing; the decoy makes that refusal cost what a wrong password does.
        if (user is null || await users.IsLockedOutAsync(user))
        {
            decoy.Check(Input.Password);
            return await RefusedAsync(arrivedAt);
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/SecondFactor", new { ReturnUrl });
        }

        if (!result.Succeeded)
        {
            return await RefusedAsync(arrivedAt);
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    private async Task<IActionResult> RefusedAsync(long arrivedAt)
    {
        ModelState.Refuse([("", FailureMessage)]);
        await RefusalPace.AnswerAsync(arrivedAt, HttpContext.RequestAborted);
        return Page();
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
        [StringLength(256, ErrorMessage = "That email address is too long.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [StringLength(256, ErrorMessage = "That password is too long.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }
}
