using Microsoft.Playwright;
using Tandem.Browser.Tests.Infrastructure;
using Tandem.Browser.Tests.Pages;

namespace Tandem.Browser.Tests.Journeys;

[Collection(JourneyCollection.Name)]
public sealed class DosingJourneyTests(DemoServer server) : IClassFixture<DemoServer>
{
    private const string Password = "Tandem-Demo-2026";

    [Fact]
    public async Task A_shared_journey_is_recorded_overridden_by_the_prescriber_signed_and_integrated_into_both_portals()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var wide = new BrowserNewPageOptions { ViewportSize = new() { Width = 1280, Height = 900 } };

        var sam = await browser.NewPageAsync(wide);
        await new SignInPage(sam).SignInAsync(server.BaseAddress, "sam@demo.tandem.test", Password);
        await new DashboardPage(sam).OpenCaseAsync("Jordan Ellis & Alex Moreno");
        await sam.GetByRole(AriaRole.Link, new() { Name = "Series plan" }).ClickAsync();
        var seriesUrl = sam.Url;
        await sam.Locator("tr", new() { HasTextString = "Shared psycholytic journey" }).GetByRole(AriaRole.Link, new() { Name = "Open" }).First.ClickAsync();
        var dosingUrl = sam.Url;

        var maya = await browser.NewPageAsync(wide);
        await new SignInPage(maya).SignInAsync(server.BaseAddress, "maya@demo.tandem.test", Password);
        await maya.GotoAsync(dosingUrl);
        var prescriberView = new DosingPage(maya);
        await prescriberView.OrderAsync("Jordan", "100");
        await prescriberView.OrderAsync("Alex", "100");

        await sam.GotoAsync(dosingUrl);
        var clinicianView = new DosingPage(sam);
        foreach (var (name, weight, before) in new[] { ("Jordan", "78", "168"), ("Alex", "64", "122") })
        {
            await clinicianView.RecordAsync(name, "100", weight);
            await clinicianView.VitalsAsync(name, "09:50", before, "88", "76");
            await clinicianView.VitalsAsync(name, "10:40", "132", "84", "80");
        }

        // Each dose left the Willow room's safe with the record.
        await Assertions.Expect(clinicianView.Person("Jordan").Locator("[id^=stock-drawn]")).ToHaveTextAsync("1 troche of lot K1987 given from Willow room safe.");
        await sam.SetViewportSizeAsync(390, 844);
        await clinicianView.Person("Alex").ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "dosing-stock-phone.png") });
        await sam.SetViewportSizeAsync(1280, 900);

        await sam.GetByRole(AriaRole.Button, new() { Name = "Sign as" }).ClickAsync();
        await Assertions.Expect(sam.Locator(".error-summary")).ToContainTextAsync("Jordan: Blood pressure 168/88 is over the practice limit of 160/90.");
        await Assertions.Expect(clinicianView.Status).ToHaveTextAsync("Draft");
        await sam.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "dosing-refused.png"), FullPage = true });

        await maya.GotoAsync(dosingUrl);
        var check = prescriberView.Person("Jordan").Locator("li[data-check=BloodPressure]");
        await check.GetByLabel("Why it is safe to go on").FillAsync("Anxious on arrival; 152/86 after ten minutes' rest");
        await check.GetByRole(AriaRole.Button, new() { Name = "Override as prescriber" }).ClickAsync();
        await Assertions.Expect(prescriberView.Person("Jordan").Locator("li[data-check=BloodPressure]")).ToContainTextAsync("Overridden by Dr. Maya Okafor");

        await sam.GotoAsync(dosingUrl);
        await sam.GetByRole(AriaRole.Button, new() { Name = "Sign as" }).ClickAsync();
        await Assertions.Expect(clinicianView.Status).ToContainTextAsync("Signed by Sam Lindqvist");
        await sam.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "dosing-signed.png"), FullPage = true });

        await sam.GetByRole(AriaRole.Link, new() { Name = "Jordan Ellis & Alex Moreno" }).ClickAsync();
        await Assertions.Expect(sam.Locator("#timeline")).ToContainTextAsync("100 mg and 100 mg given · 1 override");
        await sam.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "case-timeline.png"), FullPage = true });

        await sam.GotoAsync(seriesUrl);
        await sam.Locator("tr", new() { HasTextString = "Joint integration" }).GetByRole(AriaRole.Link, new() { Name = "Open" }).First.ClickAsync();
        await sam.GetByLabel("Clinician notes (case team only)").FillAsync("Jordan's jaw tightened when Alex mentioned the holidays.");
        await sam.GetByLabel("Insights to share with Jordan and Alex").FillAsync("You caught the rising voice early and chose to slow down together.");
        await sam.GetByLabel("Notice early signs of escalation").CheckAsync();
        await sam.GetByLabel("Listen without fixing").CheckAsync();
        await sam.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "joint-integration.png"), FullPage = true });
        await sam.GetByRole(AriaRole.Button, new() { Name = "Sign and share" }).ClickAsync();
        await Assertions.Expect(sam.Locator("#record-status")).ToContainTextAsync("Signed");

        foreach (var partner in new[] { "jordan", "alex" })
        {
            var portal = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
            await new SignInPage(portal).SignInAsync(server.BaseAddress, $"{partner}@demo.tandem.test", Password);
            await portal.GotoAsync(new Uri(server.BaseAddress, "/Portal/Sessions").ToString());
            await portal.Locator("#done").GetByRole(AriaRole.Link, new() { Name = "Joint integration session" }).First.ClickAsync();
            await Assertions.Expect(portal.Locator("#my-practices")).ToContainTextAsync("Notice early signs of escalation");
            await Assertions.Expect(portal.Locator("#my-practices")).ToContainTextAsync("Listen without fixing");
            await Assertions.Expect(portal.Locator("main")).Not.ToContainTextAsync("jaw tightened");
            await portal.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, $"portal-practices-{partner}.png"), FullPage = true });
            await portal.CloseAsync();
        }
    }
}
