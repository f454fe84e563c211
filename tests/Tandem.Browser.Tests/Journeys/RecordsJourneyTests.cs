using Microsoft.Playwright;
using Tandem.Browser.Tests.Infrastructure;
using Tandem.Browser.Tests.Pages;

namespace Tandem.Browser.Tests.Journeys;

[Collection(JourneyCollection.Name)]
public sealed class RecordsJourneyTests(DemoServer server) : IClassFixture<DemoServer>
{
    private const string Password = "Tandem-Demo-2026";

    [Fact]
    public async Task Jordan_sees_who_read_his_record_and_downloads_it_and_the_admin_produces_his_access_report()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var desktop = new BrowserNewPageOptions { ViewportSize = new() { Width = 1280, Height = 900 } };

        var sam = await browser.NewPageAsync(desktop);
        await new SignInPage(sam).SignInAsync(server.BaseAddress, "sam@demo.tandem.test", Password);
        await new DashboardPage(sam).OpenCaseAsync("Jordan Ellis & Alex Moreno");
        await sam.Locator("tr", new() { HasTextString = "Jordan Ellis" }).GetByRole(AriaRole.Link, new() { Name = "journal" }).ClickAsync();

        var jordan = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = 390, Height = 844 } });
        await new SignInPage(jordan).SignInAsync(server.BaseAddress, "jordan@demo.tandem.test", Password);
        await jordan.GetByRole(AriaRole.Link, new() { Name = "Who has seen my record" }).ClickAsync();
        await Assertions.Expect(jordan.Locator("#access tbody tr", new() { HasTextString = "Sam Lindqvist" }).First).ToContainTextAsync("read your journal");
        await jordan.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "access-report-phone.png"), FullPage = true });

        await jordan.GotoAsync(new Uri(server.BaseAddress, "/Portal/Record").ToString());
        await jordan.GetByRole(AriaRole.Button, new() { Name = "Prepare my record" }).ClickAsync();
        await Assertions.Expect(jordan.Locator("#ready")).ToContainTextAsync("Your record is ready", new() { Timeout = 30_000 });
        await jordan.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "record-ready-phone.png"), FullPage = true });
        var download = await jordan.RunAndWaitForDownloadAsync(() => jordan.GetByRole(AriaRole.Link, new() { Name = "My record as PDF" }).ClickAsync());
        Assert.Equal("my-record.pdf", download.SuggestedFilename);
        var pdf = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);

        var admin = await browser.NewPageAsync(desktop);
        await new SignInPage(admin).SignInAsync(server.BaseAddress, "admin@demo.tandem.test", Password);
        await admin.GotoAsync(new Uri(server.BaseAddress, "/Admin/Access").ToString());
        await admin.GetByLabel("Find the client").FillAsync("jordan ellis");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Find", Exact = true }).ClickAsync();
        await admin.Locator("#matches").GetByRole(AriaRole.Link, new() { Name = "Jordan Ellis" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Show the report" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#access tbody tr", new() { HasTextString = "Sam Lindqvist" }).First).ToContainTextAsync("read your journal");
        await admin.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "access-report-admin.png"), FullPage = true });
    }

    [Fact]
    public async Task Sam_exports_jordans_full_record_for_a_transfer_of_care()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        foreach (var (width, name) in new[] { (1280, "desktop"), (390, "phone") })
        {
            var sam = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = width, Height = 900 } });
            await new SignInPage(sam).SignInAsync(server.BaseAddress, "sam@demo.tandem.test", Password);
            await new DashboardPage(sam).OpenCaseAsync("Jordan Ellis & Alex Moreno");
            await sam.Locator("tr", new() { HasTextString = "Jordan Ellis" }).GetByRole(AriaRole.Link, new() { Name = "full record" }).ClickAsync();
            await sam.GetByLabel("Purpose of the export").FillAsync("Transfer of care to Dr. Imani Reyes, Harbour Psychiatry");
            // The second time round the first export still waits, so the button offers to prepare it again.
            await sam.Locator("form#prepare button").ClickAsync();
            await Assertions.Expect(sam.Locator("#ready")).ToContainTextAsync("The record is ready", new() { Timeout = 30_000 });
            await sam.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, $"care-transfer-{name}.png"), FullPage = true });
            var download = await sam.RunAndWaitForDownloadAsync(() => sam.GetByRole(AriaRole.Link, new() { Name = "Full record as PDF" }).ClickAsync());
            Assert.Equal("%PDF"u8.ToArray(), (await File.ReadAllBytesAsync(await download.PathAsync()))[..4]);
            await sam.CloseAsync();
        }
    }
}
