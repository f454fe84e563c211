using Microsoft.Playwright;

namespace Tandem.Browser.Tests.Pages;

/// <summary>Two-factor sign-in: setting up an authenticator app and the recovery codes shown once.</summary>
public sealed class TwoFactorPage(IPage page)
{
    public ILocator Qr => page.Locator("img#qr");

    public ILocator RecoveryCodes => page.Locator("#recovery-codes li");

    /// <summary>Starts setting up; returns the key shown as text, as a person would type it into the app.</summary>
    public async Task<string> BeginAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up an authenticator app" }).ClickAsync();
        return (await page.Locator("#key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
    }

    public async Task ConfirmAsync(string code)
    {
        await page.GetByLabel("Code from the app").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
    }
}
