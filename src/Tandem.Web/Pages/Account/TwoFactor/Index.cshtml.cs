using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;
using Tandem.Core.Audit;
using Tandem.Data.Identity;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Account.TwoFactor;

/// <summary>
/// Two-factor sign-in for the signed-in person: set up an authenticator app from a QR code or its key, then ten recovery
/// codes shown once; later, new recovery codes. Required of staff where the practice says so, open to clients.
/// Each form carries the account's concurrency stamp, so a second tab's post is refused rather than starting over.
/// Setting up changes the security stamp, which ends the person's other sessions; this one is signed in again.
/// </summary>
public sealed class IndexModel(UserManager<TandemUser> users, SignInManager<TandemUser> signIn, ClinicalAudit audit) : PageModel
{
    public const int QrPixelsPerModule = 5;
    private const int RecoveryCodeCount = 10;

    public bool IsOn { get; private set; }
    public int CodesLeft { get; private set; }
    public string? Key { get; private set; }
    public string? Link { get; private set; }
    public string? Qr { get; private set; }
    public string? Version { get; private set; }
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    /// <summary>Bound by the confirming post alone: the page's other forms carry no code.</summary>
    public ConfirmInput Input { get; set; } = new();

    public async Task OnGetAsync() => await ShowAsync(await MeAsync());

    public async Task<IActionResult> OnPostBeginAsync(string? version)
    {
        var me = await MeAsync();
        if (!await IsAsShownAsync(me, version, on: false) || !await SavedAsync(me, await users.ResetAuthenticatorKeyAsync(me)))
        {
            return Page();
        }

        await signIn.RefreshSignInAsync(me);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostConfirmAsync()
    {
        var me = await MeAsync();
        if (!await TryUpdateModelAsync(Input, nameof(Input)))
        {
            await ShowAsync(me);
            return Page();
        }

        if (!await IsAsShownAsync(me, Input.Version, on: false))
        {
            return Page();
        }

        if (!await users.VerifyTwoFactorTokenAsync(me, users.Options.Tokens.AuthenticatorTokenProvider, Input.Code))
        {
            ModelState.Refuse([("Input.Code", "That code does not match. Check that the app shows Tandem, and type the newest code.")]);
            await ShowAsync(me);
            return Page();
        }

        if (!await SavedAsync(me, await users.SetTwoFactorEnabledAsync(me, true)))
        {
            return Page();
        }

        await signIn.RefreshSignInAsync(me);
        await audit.SaveAndRecordAsync(AuditCode.TwoFactor_Enrolled, nameof(TandemUser), me.Id, null);
        return await ShowNewCodesAsync(me);
    }

    public async Task<IActionResult> OnPostNewCodesAsync(string? version)
    {
        var me = await MeAsync();
        if (!await IsAsShownAsync(me, version, on: true))
        {
            return Page();
        }

        await audit.SaveAndRecordAsync(AuditCode.RecoveryCodes_Replaced, nameof(TandemUser), me.Id, null);
        return await ShowNewCodesAsync(me);
    }

    private async Task<IActionResult> ShowNewCodesAsync(TandemUser me)
    {
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(me, RecoveryCodeCount);
        if (codes is null)
        {
            await RefuseStaleAsync(me);
            return Page();
        }

        RecoveryCodes = [.. codes];
        await ShowAsync(me);
        return Page();
    }

    /// <summary>Whether the account is as the page showed it (its concurrency stamp), with two-factor sign-in on or not.</summary>
    private async Task<bool> IsAsShownAsync(TandemUser me, string? version, bool on) =>
        (me.ConcurrencyStamp == version && me.TwoFactorEnabled == on) || await RefuseStaleAsync(me);

    /// <summary>Identity could not save the change: the account's concurrency stamp says someone changed it meanwhile.</summary>
    private async Task<bool> SavedAsync(TandemUser me, IdentityResult result) => result.Succeeded || await RefuseStaleAsync(me);

    private async Task<bool> RefuseStaleAsync(TandemUser me)
    {
        var refusals = new Refusals();
        refusals.AddStale("Your two-factor sign-in", me.TwoFactorEnabled ? "it is on" : "it is not set up yet");
        ModelState.Refuse(refusals);
        await ShowAsync(me);
        return false;
    }

    private async Task ShowAsync(TandemUser me)
    {
        (IsOn, Version) = (me.TwoFactorEnabled, me.ConcurrencyStamp);
        if (IsOn)
        {
            CodesLeft = await users.CountRecoveryCodesAsync(me);
        }
        else if (await users.GetAuthenticatorKeyAsync(me) is { Length: > 0 } key)
        {
            Key = key;
            Link = $"otpauth://totp/Tandem:{Uri.EscapeDataString(me.Email ?? "")}?secret={key}&issuer=Tandem&digits=6";
            Qr = "data:image/png;base64," + Convert.ToBase64String(PngByteQRCodeHelper.GetQRCode(Link, QRCodeGenerator.ECCLevel.M, QrPixelsPerModule));
        }
    }

    private async Task<TandemUser> MeAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in account is missing.");

    public sealed class ConfirmInput
    {
        [Required(ErrorMessage = "Type the code your authenticator app shows.")]
        [StringLength(32, ErrorMessage = "That is longer than any code.")]
        public string Code { get; set; } = "";

        public string? Version { get; set; }
    }
}
