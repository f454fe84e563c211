using Microsoft.Playwright;
using Tandem.Browser.Tests.Infrastructure;
using Tandem.Browser.Tests.Pages;

namespace Tandem.Browser.Tests.Journeys;

[Collection(DemoServerCollection.Name)]
public sealed class SettingsJourneyTests(DemoServer server)
{
    private const string Password = "Tandem-Demo-2026";

    [Fact]
    public async Task The_prescriber_changes_the_protocol_with_a_reason_and_the_admin_finds_rooms_and_texts()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var wide = new BrowserNewPageOptions { ViewportSize = new() { Width = 1280, Height = 900 } };

        var maya = await browser.NewPageAsync(wide);
        await new SignInPage(maya).SignInAsync(server.BaseAddress, "maya@demo.tandem.test", Password);
        await maya.GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        await maya.GetByRole(AriaRole.Link, new() { Name = "Dosing protocol" }).ClickAsync();
        // Looser than the default, so the other journeys' readings are judged as they expect whichever runs first.
        await maya.GetByLabel("Highest heart rate (bpm)").FillAsync("110");
        await maya.GetByLabel("Why it changes").FillAsync("Anxious arrivals settle within minutes; the medical director agreed 110.");
        await maya.GetByRole(AriaRole.Button, new() { Name = "Save as a new version" }).ClickAsync();
        await Assertions.Expect(maya.Locator("#protocol")).ToContainTextAsync("at most 110 bpm");
        await Assertions.Expect(maya.Locator("#versions")).ToContainTextAsync("Dr. Maya Okafor");
        await maya.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "settings-protocol.png"), FullPage = true });

        var admin = await browser.NewPageAsync(wide);
        await new SignInPage(admin).SignInAsync(server.BaseAddress, "admin@demo.tandem.test", Password);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#settings")).Not.ToContainTextAsync("Dosing protocol");
        await admin.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "settings-admin.png"), FullPage = true });
        await admin.GetByRole(AriaRole.Link, new() { Name = "Rooms" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#rooms")).ToContainTextAsync("Willow room");
        await admin.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "settings-rooms.png"), FullPage = true });
        await admin.GotoAsync(new Uri(server.BaseAddress, "/Settings/Texts").ToString());
        await Assertions.Expect(admin.GetByLabel("Crisis resources (shown with the journal and whenever a questionnaire answer raises a safety alert)")).ToContainTextAsync("988");
        await admin.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "settings-texts.png"), FullPage = true });
    }
}
