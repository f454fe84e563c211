using Microsoft.Playwright;
using Tandem.Browser.Tests.Infrastructure;

namespace Tandem.Browser.Tests.Pages;

public sealed class SignInPage(IPage page)
{
    /// <summary>The password and, for someone with an authenticator the journeys know, the code it shows now.</summary>
    public async Task SignInAsync(Uri baseAddress, string email, string password)
    {
        await PasswordAsync(baseAddress, email, password);
        if (DemoAuthenticator.KeyOf(email) is { } key)
        {
            await EnterCodeAsync(await DemoAuthenticator.NextCodeAsync(baseAddress, email, key));
        }
    }

    public async Task PasswordAsync(Uri baseAddress, string email, string password)
    {
        await page.GotoAsync(new Uri(baseAddress, "/Account/Login").ToString());
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>The second step, once the password was taken.</summary>
    public async Task EnterCodeAsync(string code)
    {
        await CodeHeading.WaitForAsync();
        await page.GetByLabel("Code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" });

    public ILocator CodeHeading => page.GetByRole(AriaRole.Heading, new() { Name = "Your code" });
}
