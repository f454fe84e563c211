using Microsoft.Playwright;
using Tandem.Browser.Tests.Infrastructure;
using Tandem.Browser.Tests.Pages;

namespace Tandem.Browser.Tests.Journeys;

[Collection(JourneyCollection.Name)]
public sealed class RippleMapJourneyTests(DemoServer server) : IClassFixture<DemoServer>
{
    private const string Password = "Tandem-Demo-2026";

    [Fact]
    public async Task Tom_redraws_his_map_on_a_phone_without_javascript_and_his_clinician_sees_who_moved_inward()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var phone = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = 390, Height = 844 }, JavaScriptEnabled = false });
        await new SignInPage(phone).SignInAsync(server.BaseAddress, "tom@demo.tandem.test", Password);
        await phone.GetByRole(AriaRole.Link, new() { Name = "My relationship map" }).ClickAsync();
        await Assertions.Expect(phone.Locator("#latest svg title").First).ToContainTextAsync("Tom's relationship map");
        await phone.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "ripple-map-tom-phone.png"), FullPage = true });

        await phone.GetByRole(AriaRole.Link, new() { Name = "Redraw my map" }).ClickAsync();
        var someone = phone.Locator("fieldset.map-person", new() { HasTextString = "Someone new" }).First;
        await someone.GetByLabel("Name or word for them").FillAsync("Sofia");
        await someone.GetByLabel("Who they are to me").SelectOptionAsync("Friend");
        await someone.GetByLabel("Circle").SelectOptionAsync("Middle");
        await someone.GetByLabel("How it feels now").SelectOptionAsync("Supportive");
        await someone.Locator("input[type=radio][value='5']").CheckAsync();
        await phone.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "ripple-map-draw-phone.png"), FullPage = false });
        await phone.GetByRole(AriaRole.Button, new() { Name = "Save this map" }).ClickAsync();
        await Assertions.Expect(phone.Locator("#changes")).ToContainTextAsync("Sofia: new on the map");

        // The same pages, measured in a phone that runs script, scroll no wider than the phone.
        var measured = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = 390, Height = 844 } });
        await new SignInPage(measured).SignInAsync(server.BaseAddress, "tom@demo.tandem.test", Password);
        foreach (var url in new[] { "/Portal/RippleMap", "/Portal/RippleMap/Draw", phone.Url })
        {
            await measured.GotoAsync(new Uri(server.BaseAddress, url).ToString());
            await AssertFitsAsync(measured);
        }

        await measured.GotoAsync(new Uri(server.BaseAddress, "/Portal/RippleMap").ToString());
        await measured.Locator(".compare-form").GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        await AssertFitsAsync(measured);
        await measured.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "ripple-map-compare-phone.png"), FullPage = true });

        var sam = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await new SignInPage(sam).SignInAsync(server.BaseAddress, "sam@demo.tandem.test", Password);
        await new DashboardPage(sam).OpenCaseAsync("Tom Becker");
        await sam.GetByRole(AriaRole.Link, new() { Name = "relationship map" }).ClickAsync();
        await Assertions.Expect(sam.Locator("main")).ToContainTextAsync("Claire (my wife): moved inward (middle → inner)");
        await Assertions.Expect(sam.Locator("main")).Not.ToContainTextAsync("Sofia");
        await sam.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "ripple-map-clinician.png"), FullPage = true });
        await sam.SetViewportSizeAsync(390, 844);
        await AssertFitsAsync(sam);
        await sam.Locator("#since-first").ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "ripple-map-clinician-phone.png") });
    }

    [Fact]
    public async Task The_clinician_sees_the_couples_maps_side_by_side_on_a_desktop_and_one_above_the_other_on_a_phone()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var sam = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await new SignInPage(sam).SignInAsync(server.BaseAddress, "sam@demo.tandem.test", Password);
        await new DashboardPage(sam).OpenCaseAsync("Jordan Ellis & Alex Moreno");
        await sam.GetByRole(AriaRole.Link, new() { Name = "Both partners' maps, side by side" }).ClickAsync();
        await Assertions.Expect(sam.Locator("main")).ToContainTextAsync("Marcus: no longer on the map");
        var (jordan, alex) = (await BoxAsync(sam, 0), await BoxAsync(sam, 1));
        Assert.True(alex.X > jordan.X + jordan.Width - 1 && Math.Abs(alex.Y - jordan.Y) < 1, "the maps are not side by side at 1280 px");
        await sam.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "ripple-map-couple-desktop.png"), FullPage = true });

        await sam.SetViewportSizeAsync(390, 844);
        await AssertFitsAsync(sam);
        (jordan, alex) = (await BoxAsync(sam, 0), await BoxAsync(sam, 1));
        Assert.True(alex.Y >= jordan.Y + jordan.Height, "the maps are not one above the other at 390 px");
        await sam.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "ripple-map-couple-phone.png"), FullPage = true });
    }

    [Fact]
    public async Task Jordan_names_his_sister_in_a_check_in_and_the_clinician_sees_practice_against_her_and_the_reports_ripple_rows()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var jordan = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = 390, Height = 844 }, JavaScriptEnabled = false });
        await new SignInPage(jordan).SignInAsync(server.BaseAddress, "jordan@demo.tandem.test", Password);
        await jordan.GetByRole(AriaRole.Link, new() { Name = "My practices" }).First.ClickAsync();
        var practice = jordan.Locator("#check-in fieldset.check-in").First;
        await practice.GetByLabel("Done").CheckAsync();
        await practice.GetByLabel("How it went").SelectOptionAsync("4");
        await practice.GetByLabel("With someone from my map (optional)").SelectOptionAsync(new SelectOptionValue { Label = "Leah (my sister)" });
        await practice.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "check-in-person-phone.png") });
        await jordan.Locator("#check-in").GetByRole(AriaRole.Button, new() { Name = "Save the check-in for today" }).ClickAsync();
        await Assertions.Expect(jordan.Locator("#check-in fieldset.check-in").First.GetByLabel("With someone from my map (optional)")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(".+"));

        var sam = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await new SignInPage(sam).SignInAsync(server.BaseAddress, "sam@demo.tandem.test", Password);
        await new DashboardPage(sam).OpenCaseAsync("Jordan Ellis & Alex Moreno");
        await sam.Locator("tr", new() { HasTextString = "Jordan Ellis" }).GetByRole(AriaRole.Link, new() { Name = "practice log" }).ClickAsync();
        await Assertions.Expect(sam.Locator(".touched").First).ToContainTextAsync("With: Leah (my sister) on 1 day");
        await sam.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "check-in-person-clinician.png"), FullPage = true });

        await sam.GotoAsync(new Uri(server.BaseAddress, "/Reports/Outcomes").ToString());
        await Assertions.Expect(sam.Locator("#ripple tr[data-timepoint='3 months after the series'] td").First).ToHaveTextAsync("5");
        await Assertions.Expect(sam.Locator("#ripple tr[data-timepoint='12 months after the series'] td").First).ToHaveTextAsync("fewer than 5");
        await sam.Locator("#ripple").ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "report-ripple-desktop.png") });
        await sam.SetViewportSizeAsync(390, 844);
        await AssertFitsAsync(sam);
        await sam.Locator("#ripple").ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "report-ripple-phone.png") });
    }

    private static async Task<LocatorBoundingBoxResult> BoxAsync(IPage page, int column) =>
        (await page.Locator(".map-couple > section").Nth(column).BoundingBoxAsync())!;

    private static async Task AssertFitsAsync(IPage phone)
    {
        var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"{phone.Url} is {width} px wide on a 390 px phone");
    }
}
