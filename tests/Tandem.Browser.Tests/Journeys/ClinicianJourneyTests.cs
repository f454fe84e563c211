using Microsoft.Playwright;
using Tandem.Browser.Tests.Infrastructure;
using Tandem.Browser.Tests.Pages;

namespace Tandem.Browser.Tests.Journeys;

[Collection(JourneyCollection.Name)]
public sealed class ClinicianJourneyTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public async Task The_demo_clinician_signs_in_pauses_the_couples_case_resumes_it_and_signs_out()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });

        await new SignInPage(page).SignInAsync(server.BaseAddress, "sam@demo.tandem.test", "Tandem-Demo-2026");
        var dashboard = new DashboardPage(page);
        await Assertions.Expect(dashboard.StageGroup("DosingSeries")).ToContainTextAsync("Jordan Ellis & Alex Moreno");
        await Assertions.Expect(dashboard.StageGroup("Preparation")).ToContainTextAsync("Priya Nair");
        await page.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "dashboard.png"), FullPage = true });

        // Cases not on Sam's team are counted on the dashboard and listed, a page at a time, behind the counts.
        await page.GetByRole(AriaRole.Link, new() { Name = "All cases", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#cases")).ToContainTextAsync("Dana Whitfield");
        await page.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "case-list.png"), FullPage = true });
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "case-list-phone.png"), FullPage = true });
        await page.GotoAsync(new Uri(server.BaseAddress, "/Dashboard").ToString());
        await page.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "dashboard-phone.png"), FullPage = true });
        await page.SetViewportSizeAsync(1280, 900);

        await dashboard.OpenCaseAsync("Jordan Ellis & Alex Moreno");
        var casePage = new CasePage(page);
        await Assertions.Expect(casePage.Stage).ToHaveTextAsync("Dosing series");

        await casePage.MoveAsync("Paused", "Alex is in hospital for a week; we hold the series");
        await Assertions.Expect(casePage.Stage).ToHaveTextAsync("Paused");
        await Assertions.Expect(casePage.History).ToContainTextAsync("Alex is in hospital for a week; we hold the series");
        await page.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "case-paused.png"), FullPage = true });

        await casePage.MoveAsync("Dosing series", "Alex is home and well; the series resumes");
        await Assertions.Expect(casePage.Stage).ToHaveTextAsync("Dosing series");

        await casePage.SignOutAsync();
        await Assertions.Expect(new SignInPage(page).Heading).ToBeVisibleAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/Dashboard").ToString());
        await Assertions.Expect(new SignInPage(page).Heading).ToBeVisibleAsync();
    }
}
