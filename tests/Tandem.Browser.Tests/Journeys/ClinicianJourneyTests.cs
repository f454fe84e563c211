using Microsoft.Playwright;
using Tandem.Browser.Tests.Infrastructure;
using Tandem.Browser.Tests.Pages;

namespace Tandem.Browser.Tests.Journeys;

[Collection(DemoServerCollection.Name)]
public sealed class ClinicianJourneyTests(DemoServer server)
{
    [Fact]
    public async Task The_demo_clinician_signs_in_pauses_a_case_and_signs_out()
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

        // Priya's case is in no other journey, so pausing it changes nothing they rely on, whatever order they run in.
        await dashboard.OpenCaseAsync("Priya Nair");
        var casePage = new CasePage(page);
        await Assertions.Expect(casePage.Stage).ToHaveTextAsync("Preparation");

        await casePage.MoveAsync("Paused", "Priya is travelling for work for three weeks");
        await Assertions.Expect(casePage.Stage).ToHaveTextAsync("Paused");
        await Assertions.Expect(casePage.History).ToContainTextAsync("Priya is travelling for work for three weeks");
        await page.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "case-paused.png"), FullPage = true });

        await casePage.SignOutAsync();
        await Assertions.Expect(new SignInPage(page).Heading).ToBeVisibleAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/Dashboard").ToString());
        await Assertions.Expect(new SignInPage(page).Heading).ToBeVisibleAsync();
    }
}
