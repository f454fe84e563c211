using Microsoft.Playwright;
using Tandem.Browser.Tests.Infrastructure;
using Tandem.Browser.Tests.Pages;

namespace Tandem.Browser.Tests.Journeys;

[Collection(JourneyCollection.Name)]
public sealed class ConsultationJourneyTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public async Task A_couple_books_a_free_call_and_the_clinician_turns_it_into_intake()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        var visitor = await browser.NewPageAsync(new() { TimezoneId = "Europe/London", ViewportSize = new() { Width = 1100, Height = 900 } });
        var booking = new PublicBookingPage(visitor);
        await booking.OpenAsync(server.BaseAddress);
        await Assertions.Expect(booking.ZoneLegend).ToContainTextAsync("Europe/London");
        var chosen = await booking.ChooseFirstTimeWithAsync("Sam Lindqvist");
        await booking.FillCoupleAsync("Noor", "Haddad", "noor@example.test", "Elias", "Haddad", "elias@example.test",
            "We want to stop the cycle where one of us withdraws and the other pursues.");
        await visitor.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "public-booking.png"), FullPage = true });
        await booking.SubmitAsync();
        await Assertions.Expect(booking.Status).ToContainTextAsync("Booked:");
        await Assertions.Expect(booking.Status).ToContainTextAsync(chosen.Split(' ')[0]);
        await visitor.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "booking-confirmed.png"), FullPage = true });

        var clinician = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await new SignInPage(clinician).SignInAsync(server.BaseAddress, "sam@demo.tandem.test", "Tandem-Demo-2026");
        var dashboard = new DashboardPage(clinician);
        await Assertions.Expect(dashboard.StageGroup("ConsultationBooked")).ToContainTextAsync("Noor Haddad & Elias Haddad");
        await clinician.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "dashboard-with-booking.png"), FullPage = true });

        await dashboard.OpenCaseAsync("Noor Haddad & Elias Haddad");
        await clinician.GetByRole(AriaRole.Link, new() { Name = "Record the call's outcome" }).ClickAsync();
        await Assertions.Expect(clinician.Locator("main")).ToContainTextAsync("withdraws and the other pursues");
        await clinician.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "consultation-outcome.png"), FullPage = true });
        await new OutcomePage(clinician).ProceedAsync();

        var casePage = new CasePage(clinician);
        await Assertions.Expect(casePage.Stage).ToHaveTextAsync("Intake");
        await Assertions.Expect(clinician.Locator("table").First).ToContainTextAsync("noor@example.test");
        await Assertions.Expect(clinician.Locator("table").First).ToContainTextAsync("elias@example.test");
        await clinician.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "case-after-proceed.png"), FullPage = true });
    }
}
