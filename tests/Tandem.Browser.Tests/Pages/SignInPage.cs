using Microsoft.Playwright;

namespace Tandem.Browser.Tests.Pages;

public sealed class SignInPage(IPage page)
{
    public async Task SignInAsync(Uri baseAddress, string email, string password)
    {
        await page.GotoAsync(new Uri(baseAddress, "/Account/Login").ToString());
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" });
}
