using Microsoft.Playwright;
using Tandem.Browser.Tests.Infrastructure;
using Tandem.Browser.Tests.Pages;

namespace Tandem.Browser.Tests.Journeys;

[Collection(JourneyCollection.Name)]
public sealed class BetweenSessionsJourneyTests(DemoServer server) : IClassFixture<DemoServer>
{
    private const string Password = "Tandem-Demo-2026";

    [Fact]
    public async Task Partners_log_a_practice_and_each_tell_an_episode_unseen_until_both_are_ready_and_the_clinician_reads_the_trends()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var phone = new BrowserNewPageOptions { ViewportSize = new() { Width = 390, Height = 844 } };

        var jordan = await browser.NewPageAsync(phone);
        await new SignInPage(jordan).SignInAsync(server.BaseAddress, "jordan@demo.tandem.test", Password);
        await jordan.GetByRole(AriaRole.Link, new() { Name = "My practices" }).First.ClickAsync();
        var practice = jordan.Locator("#check-in fieldset.check-in").First;
        await practice.GetByLabel("Done").CheckAsync();
        await practice.GetByLabel("How it went").SelectOptionAsync("4");
        await practice.GetByLabel("One line (optional)").FillAsync("Noticed my jaw tighten and said so.");
        await jordan.Locator("#check-in").GetByRole(AriaRole.Button, new() { Name = "Save the check-in for today" }).ClickAsync();
        await Assertions.Expect(jordan.Locator("#week tbody tr").First.Locator("td.done").Last).ToContainTextAsync("4");
        await jordan.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "practice-log-jordan.png"), FullPage = true });

        await jordan.GotoAsync(new Uri(server.BaseAddress, "/Portal/Repair").ToString());
        var episode = jordan.Locator("#new-episode");
        await episode.GetByLabel("What set it off").FillAsync("Jordan's side: the holiday plans, decided without me.");
        await episode.GetByLabel("Early signs I noticed in myself").FillAsync("Clipped answers, heat in my chest.");
        await episode.GetByLabel("I did").CheckAsync();
        await episode.GetByLabel("How long after, in minutes").FillAsync("25");
        await episode.GetByLabel("Partly").CheckAsync();
        await episode.GetByLabel("What I'd try next time").FillAsync("Say that I felt left out, before the plans.");
        await episode.GetByRole(AriaRole.Button, new() { Name = "Save my side as a draft" }).ClickAsync();
        await jordan.GetByRole(AriaRole.Button, new() { Name = "Mark my side ready" }).ClickAsync();
        await Assertions.Expect(jordan.Locator("#episode-status")).ToContainTextAsync("Your side is ready.");

        var alex = await browser.NewPageAsync(phone);
        await new SignInPage(alex).SignInAsync(server.BaseAddress, "alex@demo.tandem.test", Password);
        await Assertions.Expect(alex.Locator(".awaiting-side")).ToContainTextAsync("waits for yours");
        await alex.Locator(".awaiting-side").GetByRole(AriaRole.Link, new() { Name = "Write my side" }).ClickAsync();
        await Assertions.Expect(alex.Locator("main")).Not.ToContainTextAsync("decided without me");
        var side = alex.Locator("#my-side");
        await side.GetByLabel("What set it off").FillAsync("Alex's side: I booked the cabin to surprise us.");
        await side.GetByLabel("My partner did").CheckAsync();
        await side.GetByLabel("How long after, in minutes").FillAsync("25");
        await side.GetByLabel("Repaired").CheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Save my side" }).ClickAsync();
        await alex.GetByRole(AriaRole.Button, new() { Name = "Mark my side ready" }).ClickAsync();
        await Assertions.Expect(alex.Locator("#episode-status")).ToContainTextAsync("Both sides were revealed");
        await Assertions.Expect(alex.Locator("main")).ToContainTextAsync("decided without me");
        await alex.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "repair-revealed-alex.png"), FullPage = true });

        var sam = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await new SignInPage(sam).SignInAsync(server.BaseAddress, "sam@demo.tandem.test", Password);
        await new DashboardPage(sam).OpenCaseAsync("Jordan Ellis & Alex Moreno");
        await sam.GetByRole(AriaRole.Link, new() { Name = "Rupture and repair log" }).ClickAsync();
        await Assertions.Expect(sam.Locator("#trends")).ToContainTextAsync("2 over");
        await Assertions.Expect(sam.Locator("main")).ToContainTextAsync("I booked the cabin to surprise us.");
        await sam.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "repair-clinician.png"), FullPage = true });
        await sam.GoBackAsync();
        await sam.Locator("tr", new() { HasTextString = "Jordan Ellis" }).GetByRole(AriaRole.Link, new() { Name = "practice log" }).ClickAsync();
        await Assertions.Expect(sam.Locator("main")).ToContainTextAsync("Noticed my jaw tighten and said so.");
        await sam.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "practice-log-clinician.png"), FullPage = true });
    }
}
