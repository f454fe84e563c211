using Microsoft.Playwright;
using Tandem.Browser.Tests.Infrastructure;
using Tandem.Browser.Tests.Pages;

namespace Tandem.Browser.Tests.Journeys;

/// <summary>On a 390 px phone no page of a client's or a clinician's scrolls sideways, and the score charts' labels can be read.</summary>
[Collection(JourneyCollection.Name)]
public sealed class PhoneFitJourneyTests(DemoServer server) : IClassFixture<DemoServer>
{
    private const string Password = "Tandem-Demo-2026";

    [Theory]
    [InlineData("jordan@demo.tandem.test", new[] { "/Portal", "/Portal/Practices", "/Portal/Measures", "/Portal/Journal", "/Portal/Sessions" })]
    [InlineData("sam@demo.tandem.test", new[] { "/Dashboard", "/Agenda?week=true", "/Find?q=jordan", "/Cases", "/Reports/Outcomes" })]
    public async Task No_page_scrolls_sideways_on_a_phone(string email, string[] pages)
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var phone = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = 390, Height = 844 } });
        await new SignInPage(phone).SignInAsync(server.BaseAddress, email, Password);
        foreach (var page in pages)
        {
            await phone.GotoAsync(new Uri(server.BaseAddress, page).ToString());
            var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(width <= 390, $"{page} is {width} px wide on a 390 px phone");
        }
    }

    [Fact]
    public async Task Score_chart_labels_are_readable_on_a_phone()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var phone = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = 390, Height = 844 } });
        await new SignInPage(phone).SignInAsync(server.BaseAddress, "jordan@demo.tandem.test", Password);
        await phone.GotoAsync(new Uri(server.BaseAddress, "/Portal/Measures").ToString());
        var tick = phone.Locator("figure.score-chart text.tick").First;
        var height = (await tick.BoundingBoxAsync())!.Height;
        Assert.True(height >= 9, $"a chart label is {height:0.#} px tall on a phone");
        await phone.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "portal-scores-phone.png"), FullPage = true });
    }
}
