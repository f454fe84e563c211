using Microsoft.Playwright;
using Tandem.Browser.Tests.Infrastructure;
using Tandem.Browser.Tests.Pages;

namespace Tandem.Browser.Tests.Journeys;

[Collection(JourneyCollection.Name)]
public sealed class ClientJourneyTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public async Task A_partner_sees_their_own_care_and_none_of_the_clinical_notes()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });

        await new SignInPage(page).SignInAsync(server.BaseAddress, "jordan@demo.tandem.test", "Tandem-Demo-2026");
        var portal = new PortalPage(page);
        await Assertions.Expect(portal.Main).ToContainTextAsync("Welcome, Jordan Ellis");
        await page.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "portal-home.png"), FullPage = true });

        await portal.OpenCareAsync("Our work together with Alex");
        await Assertions.Expect(portal.Main).ToContainTextAsync("Sam Lindqvist");
        await Assertions.Expect(portal.Main).Not.ToContainTextAsync("hot spot");
        await Assertions.Expect(portal.Main).Not.ToContainTextAsync("alex@demo.tandem.test");
        await page.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "portal-case.png"), FullPage = true });

        await page.GotoAsync(new Uri(server.BaseAddress, "/Dashboard").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
    }
}
