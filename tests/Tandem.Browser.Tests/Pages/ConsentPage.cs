using Microsoft.Playwright;

namespace Tandem.Browser.Tests.Pages;

public sealed class ConsentPage(IPage page)
{
    public async Task SignAsync(string fullName)
    {
        await page.GetByLabel("I have read this consent and agree to it.").CheckAsync();
        await page.GetByLabel("Type your full name to sign").FillAsync(fullName);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Sign version") }).ClickAsync();
    }

    public ILocator Status => page.Locator("#consent-status");
}
