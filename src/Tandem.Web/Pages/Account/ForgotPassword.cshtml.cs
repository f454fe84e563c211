using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Tandem.Data.Identity;
using Tandem.Web.Infrastructure;
using Tandem.Web.Infrastructure.Email;

namespace Tandem.Web.Pages.Account;

/// <summary>
/// Someone who forgot their password asks for a link. The answer is the same whether or not the address has an account,
/// so the form cannot be used to find out who is a client of the practice.
/// </summary>
[EnableRateLimiting(PostRateLimits.SignIn)]
public sealed class ForgotPasswordModel(UserManager<TandemUser> users, Mailer mailer, PublicLinks links) : PageModel
{
    public const string Answer = "If an account uses that address, we have emailed it a link to choose a new password. The link works once, within an hour.";

    [BindProperty]
    public ForgotInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email!.Trim());
        if (user is not null && !user.SignInTurnedOff)
        {
            var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
            var link = links.Page("/Account/Reset", new { userId = user.Id, token });
            mailer.SendAfterCommit(user.DisplayName, user.Email!, "Choose a new Tandem password", $"""
                Hello {user.DisplayName},

                Someone (we hope you) asked to choose a new password for Tandem. Choose it here:
                {link}

                The link works once, within an hour. If you did not ask, ignore this email: your password stays as it is.
                """);
        }

        Sent = true;
        return Page();
    }

    public sealed class ForgotInput
    {
        [Required(ErrorMessage = "Enter the email you sign in with.")]
        [EmailAddress(ErrorMessage = "Enter an email address, like name@example.com.")]
        [StringLength(256)]
        public string? Email { get; set; }
    }
}
