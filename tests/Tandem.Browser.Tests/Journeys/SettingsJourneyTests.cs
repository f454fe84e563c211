using Microsoft.Playwright;
using Tandem.Browser.Tests.Infrastructure;
using Tandem.Browser.Tests.Pages;

namespace Tandem.Browser.Tests.Journeys;

[Collection(JourneyCollection.Name)]
public sealed class SettingsJourneyTests(DemoServer server) : IClassFixture<DemoServer>
{
    private const string Password = "Tandem-Demo-2026";

    [Fact]
    public async Task The_prescriber_changes_the_protocol_with_a_reason_and_the_admin_finds_rooms_and_texts()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var wide = new BrowserNewPageOptions { ViewportSize = new() { Width = 1280, Height = 900 } };

        var maya = await browser.NewPageAsync(wide);
        await new SignInPage(maya).SignInAsync(server.BaseAddress, "maya@demo.tandem.test", Password);
        await maya.GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        await maya.GetByRole(AriaRole.Link, new() { Name = "Dosing protocol" }).ClickAsync();
        await maya.GetByLabel("Highest heart rate (bpm)").FillAsync("110");
        await maya.GetByLabel("Why it changes").FillAsync("Anxious arrivals settle within minutes; the medical director agreed 110.");
        await maya.GetByRole(AriaRole.Button, new() { Name = "Save as a new version" }).ClickAsync();
        await Assertions.Expect(maya.Locator("#protocol")).ToContainTextAsync("at most 110 bpm");
        await Assertions.Expect(maya.Locator("#versions")).ToContainTextAsync("Dr. Maya Okafor");
        await maya.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "settings-protocol.png"), FullPage = true });

        var phone = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        await new SignInPage(phone).SignInAsync(server.BaseAddress, "maya@demo.tandem.test", Password);
        await phone.GotoAsync(new Uri(server.BaseAddress, "/Settings/Outcomes").ToString());
        await Assertions.Expect(phone.Locator("#current")).ToContainTextAsync("From 3 days before a questionnaire is due until 28 days after");
        await Assertions.Expect(phone.GetByLabel("Smallest group shown (people)")).ToHaveValueAsync("5");
        await phone.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "settings-outcomes-phone.png"), FullPage = true });
        await phone.GotoAsync(new Uri(server.BaseAddress, "/Reports/Outcomes").ToString());
        await phone.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "practice-outcomes-phone.png"), FullPage = true });

        var admin = await browser.NewPageAsync(wide);
        await new SignInPage(admin).SignInAsync(server.BaseAddress, "admin@demo.tandem.test", Password);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#settings")).Not.ToContainTextAsync("Dosing protocol");
        await admin.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "settings-admin.png"), FullPage = true });
        await admin.GetByRole(AriaRole.Link, new() { Name = "Rooms" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#rooms")).ToContainTextAsync("Willow room");
        await admin.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "settings-rooms.png"), FullPage = true });
        await admin.GotoAsync(new Uri(server.BaseAddress, "/Settings/Texts").ToString());
        await Assertions.Expect(admin.GetByLabel("Crisis resources (shown with the journal and whenever a questionnaire answer raises a safety alert)")).ToContainTextAsync("988");
        await admin.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "settings-texts.png"), FullPage = true });
    }

    [Fact]
    public async Task The_prescriber_enters_reference_values_an_admin_turns_a_sign_in_off_and_on_and_a_visitor_asks_for_a_new_password()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var wide = new BrowserNewPageOptions { ViewportSize = new() { Width = 1280, Height = 900 } };

        var maya = await browser.NewPageAsync(wide);
        await new SignInPage(maya).SignInAsync(server.BaseAddress, "maya@demo.tandem.test", Password);
        await maya.GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        await maya.GetByRole(AriaRole.Link, new() { Name = "Outcome measures" }).ClickAsync();
        await maya.GetByLabel("Standard deviation (points)").FillAsync("4.5");
        await maya.GetByLabel("Reliability (0–1)").FillAsync("0.94");
        await maya.GetByLabel("Published in (author, year, sample)").FillAsync("Practice's chosen reference sample");
        await maya.GetByRole(AriaRole.Button, new() { Name = "Save CSI-4's reference values" }).ClickAsync();
        await Assertions.Expect(maya.Locator("#measures")).ToContainTextAsync("reliable change 4 points");
        await maya.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "settings-measures.png"), FullPage = true });

        var admin = await browser.NewPageAsync(wide);
        await new SignInPage(admin).SignInAsync(server.BaseAddress, "admin@demo.tandem.test", Password);
        await admin.GotoAsync(new Uri(server.BaseAddress, "/Admin/Staff").ToString());
        var mayaRow = admin.Locator("#staff tbody tr", new() { HasText = "Maya" });
        await mayaRow.GetByRole(AriaRole.Button, new() { Name = "Turn sign-in off" }).ClickAsync();
        await Assertions.Expect(mayaRow).ToContainTextAsync("Turned off");
        await admin.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "admin-staff.png"), FullPage = true });
        await maya.ReloadAsync();
        await Assertions.Expect(new SignInPage(maya).Heading).ToBeVisibleAsync();
        await mayaRow.GetByRole(AriaRole.Button, new() { Name = "Turn sign-in on" }).ClickAsync();
        await Assertions.Expect(mayaRow).ToContainTextAsync("Active");

        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync(new Uri(server.BaseAddress, "/Account/Login").ToString());
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Forgot your password?" }).ClickAsync();
        await visitor.GetByLabel("The email you sign in with").FillAsync("someone@example.test");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Email me a link" }).ClickAsync();
        await Assertions.Expect(visitor.Locator("#sent")).ToContainTextAsync("If an account uses that address");
        await visitor.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "forgot-password.png"), FullPage = true });
    }
}
