using Microsoft.Playwright;
using Tandem.Browser.Tests.Infrastructure;
using Tandem.Browser.Tests.Pages;

namespace Tandem.Browser.Tests.Journeys;

[Collection(JourneyCollection.Name)]
public sealed class JournalJourneyTests(DemoServer server) : IClassFixture<DemoServer>
{
    private const string Password = "Tandem-Demo-2026";

    [Fact]
    public async Task A_partner_reads_only_the_entry_written_for_both_and_the_clinician_what_was_shared()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var phone = new BrowserNewPageOptions { ViewportSize = new() { Width = 390, Height = 844 } };

        var jordan = await browser.NewPageAsync(phone);
        await new SignInPage(jordan).SignInAsync(server.BaseAddress, "jordan@demo.tandem.test", Password);
        await jordan.GetByRole(AriaRole.Link, new() { Name = "My journal" }).First.ClickAsync();
        await WriteAsync(jordan, "I went quiet again at dinner and *knew* it was the old shutdown.", "Only me");
        await WriteAsync(jordan, "We paused before it escalated. **Repair took ten minutes**, not two days.", "My partner and my clinician");
        await Assertions.Expect(jordan.Locator("article.journal-entry", new() { HasTextString = "old shutdown" })).ToContainTextAsync("Only me");
        await Assertions.Expect(jordan.Locator("article.journal-entry", new() { HasTextString = "Repair took ten minutes" }))
            .ToContainTextAsync("My partner and my clinician, in our care with Alex");
        await jordan.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "journal-author.png"), FullPage = true });

        var alex = await browser.NewPageAsync(phone);
        await new SignInPage(alex).SignInAsync(server.BaseAddress, "alex@demo.tandem.test", Password);
        await alex.GotoAsync(new Uri(server.BaseAddress, "/Portal/Journal").ToString());
        await Assertions.Expect(alex.Locator("main")).ToContainTextAsync("Repair took ten minutes");
        await Assertions.Expect(alex.Locator("main")).Not.ToContainTextAsync("old shutdown");
        await alex.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "journal-partner.png"), FullPage = true });

        var sam = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await new SignInPage(sam).SignInAsync(server.BaseAddress, "sam@demo.tandem.test", Password);
        await new DashboardPage(sam).OpenCaseAsync("Jordan Ellis & Alex Moreno");
        await sam.Locator("tr", new() { HasTextString = "Jordan Ellis" }).GetByRole(AriaRole.Link, new() { Name = "journal" }).ClickAsync();
        await Assertions.Expect(sam.Locator("main")).ToContainTextAsync("Repair took ten minutes");
        await Assertions.Expect(sam.Locator("main")).Not.ToContainTextAsync("old shutdown");
        await sam.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "journal-clinician.png"), FullPage = true });

        // Jordan shares the private entry with the clinicians of their case, from its "Who reads it" page.
        await jordan.Locator("article.journal-entry", new() { HasTextString = "old shutdown" }).GetByRole(AriaRole.Link, new() { Name = "Who reads it" }).ClickAsync();
        await Assertions.Expect(jordan.Locator("#shares")).ToContainTextAsync("Only you.");
        await jordan.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "sharing-phone.png"), FullPage = true });
        await jordan.GetByLabel("Me and my clinician", new() { Exact = true }).CheckAsync();
        await jordan.GetByRole(AriaRole.Button, new() { Name = "Save who reads it" }).ClickAsync();
        await Assertions.Expect(jordan.Locator("#shares")).ToContainTextAsync("Me and my clinician, in our care with Alex");
        await sam.ReloadAsync();
        await Assertions.Expect(sam.Locator("main")).ToContainTextAsync("old shutdown");
        await alex.ReloadAsync();
        await Assertions.Expect(alex.Locator("main")).Not.ToContainTextAsync("old shutdown");
        var desktop = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await new SignInPage(desktop).SignInAsync(server.BaseAddress, "jordan@demo.tandem.test", Password);
        await desktop.GotoAsync(jordan.Url);
        await desktop.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "sharing-desktop.png"), FullPage = true });
        await desktop.GotoAsync(new Uri(server.BaseAddress, "/Portal/Preparation").ToString());
        await desktop.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "preparation-desktop.png"), FullPage = true });
    }

    private static async Task WriteAsync(IPage page, string text, string visibility)
    {
        await page.GetByLabel("Entry").FillAsync(text);
        await page.GetByLabel(visibility, new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the entry" }).ClickAsync();
    }
}
