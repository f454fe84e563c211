using Microsoft.Playwright;
using Tandem.Browser.Tests.Infrastructure;
using Tandem.Browser.Tests.Pages;

namespace Tandem.Browser.Tests.Journeys;

[Collection(JourneyCollection.Name)]
public sealed class TwoFactorJourneyTests(DemoServer server) : IClassFixture<DemoServer>
{
    private const string Password = "Tandem-Demo-2026";
    private const string Admin = "admin@demo.tandem.test";
    private const string Tom = "tom@demo.tandem.test";

    [Fact]
    public async Task The_admin_sets_up_an_authenticator_and_signs_in_with_a_code_and_a_client_does_the_same_on_a_phone()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var phoneSize = new BrowserNewPageOptions { ViewportSize = new() { Width = 390, Height = 844 } };

        var admin = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await new SignInPage(admin).SignInAsync(server.BaseAddress, Admin, Password);
        await Assertions.Expect(admin.Locator("#two-factor-off")).ToContainTextAsync("not required");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Require it" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#requirement-now")).ToContainTextAsync("password alone");
        await admin.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "settings-staff-sign-in.png"), FullPage = true });
        await admin.GetByRole(AriaRole.Link, new() { Name = "Practice settings" }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Two-factor sign-in" }).ClickAsync();
        var setUp = new TwoFactorPage(admin);
        var key = await setUp.BeginAsync();
        await Assertions.Expect(setUp.Qr).ToBeVisibleAsync();
        await admin.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "two-factor-enrol.png"), FullPage = true });
        await setUp.ConfirmAsync(await DemoAuthenticator.NextCodeAsync(server.BaseAddress, Admin, key));
        await Assertions.Expect(setUp.RecoveryCodes).ToHaveCountAsync(10);
        await admin.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "two-factor-recovery-codes.png"), FullPage = true });

        var phone = await browser.NewPageAsync(phoneSize);
        var signIn = new SignInPage(phone);
        await signIn.PasswordAsync(server.BaseAddress, Admin, Password);
        await Assertions.Expect(signIn.CodeHeading).ToBeVisibleAsync();
        await phone.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "two-factor-code-phone.png"), FullPage = true });
        await signIn.EnterCodeAsync(await DemoAuthenticator.NextCodeAsync(server.BaseAddress, Admin, key));
        await phone.GotoAsync(new Uri(server.BaseAddress, "/Admin/Staff").ToString());
        await Assertions.Expect(phone.Locator("#staff tbody tr", new() { HasText = "Riley" })).ToContainTextAsync("Set up");
        await Assertions.Expect(phone.Locator("#staff tbody tr", new() { HasText = "Maya" })).ToContainTextAsync("Set up");
        await Assertions.Expect(phone.Locator("#staff tbody tr", new() { HasText = "Sam" })).ToContainTextAsync("Not set up");
        await phone.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "admin-staff-two-factor-phone.png"), FullPage = true });

        var tom = await browser.NewPageAsync(phoneSize);
        await new SignInPage(tom).SignInAsync(server.BaseAddress, Tom, Password);
        await tom.GetByRole(AriaRole.Link, new() { Name = "Two-factor sign-in" }).ClickAsync();
        var tomsSetUp = new TwoFactorPage(tom);
        var tomsKey = await tomsSetUp.BeginAsync();
        await Assertions.Expect(tomsSetUp.Qr).ToBeVisibleAsync();
        await tom.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "two-factor-enrol-phone.png"), FullPage = true });
        await tomsSetUp.ConfirmAsync(await DemoAuthenticator.NextCodeAsync(server.BaseAddress, Tom, tomsKey));
        await Assertions.Expect(tomsSetUp.RecoveryCodes).ToHaveCountAsync(10);
        var recoveryCode = await tomsSetUp.RecoveryCodes.First.InnerTextAsync();
        await tom.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        var tomAgain = new SignInPage(tom);
        await tomAgain.PasswordAsync(server.BaseAddress, Tom, Password);
        await tomAgain.EnterCodeAsync(recoveryCode);
        await Assertions.Expect(tom.Locator("#codes-left")).ToHaveTextAsync("9");
        await Assertions.Expect(tom.GetByRole(AriaRole.Link, new() { Name = "My portal" })).ToBeVisibleAsync();
    }
}
