using Microsoft.Playwright;
using Tandem.Browser.Tests.Infrastructure;
using Tandem.Browser.Tests.Pages;

namespace Tandem.Browser.Tests.Journeys;

/// <summary>A clinician's day: today's agenda first on the dashboard, then the session's record; finding a client from any page.</summary>
[Collection(JourneyCollection.Name)]
public sealed class WorkingDayJourneyTests(DemoServer server) : IClassFixture<DemoServer>
{
    private const string Password = "Tandem-Demo-2026";

    [Fact]
    public async Task Sam_starts_from_todays_agenda_opens_the_session_and_finds_a_client()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        foreach (var (width, name) in new[] { (1280, "desktop"), (390, "phone") })
        {
            var sam = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = width, Height = 900 } });
            await new SignInPage(sam).SignInAsync(server.BaseAddress, "sam@demo.tandem.test", Password);
            var today = sam.Locator("#today");
            await Assertions.Expect(today).ToContainTextAsync("Joint integration");
            await Assertions.Expect(today).ToContainTextAsync("Jordan Ellis and Alex Moreno");
            await sam.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, $"dashboard-today-{name}.png"), FullPage = true });

            await today.GetByRole(AriaRole.Link, new() { Name = "Joint integration" }).ClickAsync();
            await Assertions.Expect(sam.Locator("h1")).ToContainTextAsync("integration", new() { IgnoreCase = true });

            // Yesterday's dosing session waits to be written up: the agenda's previous day leads to its record.
            await sam.GotoAsync(new Uri(server.BaseAddress, "/Agenda").ToString());
            await sam.Locator("a[rel=prev]").ClickAsync();
            await sam.Locator(".agenda-item").GetByRole(AriaRole.Link, new() { Name = "Shared psycholytic journey" }).ClickAsync();
            await Assertions.Expect(sam.Locator("h1")).ToContainTextAsync("Shared psycholytic journey");
            await sam.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, $"dosing-from-agenda-{name}.png") });

            await sam.GotoAsync(new Uri(server.BaseAddress, "/Agenda?week=true").ToString());
            await sam.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, $"agenda-week-{name}.png"), FullPage = true });

            await sam.GetByPlaceholder("Find a client").FillAsync("alex");
            await sam.GetByPlaceholder("Find a client").PressAsync("Enter");
            await Assertions.Expect(sam.Locator(".found")).ToContainTextAsync("alex@demo.tandem.test");
            await sam.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, $"find-client-{name}.png"), FullPage = true });
            await sam.CloseAsync();
        }

        var admin = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = 390, Height = 844 } });
        await new SignInPage(admin).SignInAsync(server.BaseAddress, "admin@demo.tandem.test", Password);
        await admin.GotoAsync(new Uri(server.BaseAddress, "/Agenda").ToString());
        await Assertions.Expect(admin.Locator(".agenda-item", new() { HasTextString = "Jordan Ellis" })).ToContainTextAsync("Session");
        await admin.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "agenda-admin-phone.png"), FullPage = true });
    }

    [Fact]
    public async Task Sam_books_the_couples_remaining_series_in_one_step_on_working_days()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var phone = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = 390, Height = 844 } });
        await new SignInPage(phone).SignInAsync(server.BaseAddress, "sam@demo.tandem.test", Password);
        await phone.GotoAsync(new Uri(server.BaseAddress, "/Availability/SessionHours").ToString());
        await Assertions.Expect(phone.Locator("#session-hours")).ToContainTextAsync("Friday");
        await phone.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "session-hours-phone.png"), FullPage = true });

        var sam = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = 1280, Height = 900 } });
        await new SignInPage(sam).SignInAsync(server.BaseAddress, "sam@demo.tandem.test", Password);
        await new DashboardPage(sam).OpenCaseAsync("Jordan Ellis & Alex Moreno");
        await sam.GetByRole(AriaRole.Link, new() { Name = "Series plan" }).ClickAsync();
        await sam.Locator("#book-series-link a").ClickAsync();
        await Assertions.Expect(sam.Locator("h1")).ToHaveTextAsync("Schedule the series");
        var rows = sam.Locator("#proposal tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(12);
        foreach (var day in await sam.Locator("#proposal tbody td:first-child").AllTextContentsAsync())
        {
            Assert.False(day.StartsWith("Sat", StringComparison.Ordinal) || day.StartsWith("Sun", StringComparison.Ordinal), day);
        }

        await sam.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "series-proposal-desktop.png"), FullPage = true });
        await phone.GotoAsync(sam.Url);
        await phone.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "series-proposal-phone.png"), FullPage = true });

        await sam.GetByRole(AriaRole.Button, new() { Name = "Book these 12 sessions" }).ClickAsync();
        await Assertions.Expect(sam.Locator(".notice[role=status]")).ToContainTextAsync("12 sessions booked");
        await Assertions.Expect(sam.Locator("#book-series-link")).ToHaveCountAsync(0);
        await sam.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "series-booked-desktop.png"), FullPage = true });

        var admin = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = 390, Height = 844 } });
        await new SignInPage(admin).SignInAsync(server.BaseAddress, "admin@demo.tandem.test", Password);
        await admin.GotoAsync(new Uri(server.BaseAddress, "/Settings/Closures").ToString());
        await Assertions.Expect(admin.Locator("#closures")).ToContainTextAsync("Winter holidays");
        await admin.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "closures-phone.png"), FullPage = true });
    }
}
