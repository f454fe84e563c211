using Microsoft.Playwright;
using Tandem.Browser.Tests.Infrastructure;
using Tandem.Browser.Tests.Pages;

namespace Tandem.Browser.Tests.Journeys;

[Collection(JourneyCollection.Name)]
public sealed class RegisterJourneyTests(DemoServer server) : IClassFixture<DemoServer>
{
    private const string Password = "Tandem-Demo-2026";

    [Fact]
    public async Task The_prescriber_receives_stock_records_a_witnessed_waste_counts_the_safe_resolves_a_difference_and_prints_the_register_for_inspection_and_it_fits_a_phone()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        var maya = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = 1280, Height = 900 } });
        await new SignInPage(maya).SignInAsync(server.BaseAddress, "maya@demo.tandem.test", Password);
        await maya.GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        await maya.GetByRole(AriaRole.Link, new() { Name = "Controlled-substance register" }).ClickAsync();
        await maya.GetByRole(AriaRole.Link, new() { Name = "Products and locations" }).ClickAsync();
        await maya.GetByLabel("Name").First.FillAsync("Ketamine troche 100 mg (Lakeside)");
        await maya.GetByLabel("Strength, mg per unit (per mL for a vial)").FillAsync("100");
        await maya.GetByRole(AriaRole.Button, new() { Name = "Add the product" }).ClickAsync();
        await maya.Locator("#Location_Name").FillAsync("Cedar room safe");
        await maya.GetByRole(AriaRole.Button, new() { Name = "Add the location" }).ClickAsync();
        await Assertions.Expect(maya.Locator("#locations")).ToContainTextAsync("Cedar room safe");
        await maya.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "register-stock.png"), FullPage = true });

        await maya.GotoAsync(new Uri(server.BaseAddress, "/Register/Receive").ToString());
        await maya.Locator("#Receipt_ProductId").SelectOptionAsync(new SelectOptionValue { Label = "Ketamine troche 100 mg (Lakeside) (100 mg per troche)" });
        await maya.Locator("#Receipt_LocationId").SelectOptionAsync(new SelectOptionValue { Label = "Cedar room safe" });
        await maya.GetByLabel("Lot number").FillAsync("K3050");
        await maya.GetByLabel("Expiry date").FillAsync(DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await maya.GetByLabel("Quantity received (troches, lozenges or tablets; mL for a vial)").FillAsync("20");
        await maya.GetByLabel("Supplier", new() { Exact = true }).FillAsync("Riverside Compounding Pharmacy");
        await maya.GetByLabel("Supplier's address").FillAsync("12 Mill Lane, Portland OR 97201");
        await maya.GetByLabel("Supplier's DEA registration number").FillAsync("FR1234563");
        await maya.GetByLabel("Invoice number").FillAsync("INV-0042");
        await maya.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "register-receipt.png"), FullPage = true });
        await maya.GetByRole(AriaRole.Button, new() { Name = "Record the receipt" }).ClickAsync();
        var held = maya.Locator("#balances tr", new() { HasText = "K3050" });
        await Assertions.Expect(held).ToContainTextAsync("20 troches");

        await held.GetByRole(AriaRole.Link, new() { Name = "Record leaving" }).ClickAsync();
        await maya.GetByLabel("Wasted").CheckAsync();
        await maya.GetByLabel("Quantity (troche)").FillAsync("0.5");
        await maya.GetByLabel("Why, or what happened (waste, loss; optional for a return)").FillAsync("Half a troche left after a 150 mg dose");
        // Sam, at Maya's screen, confirms with his own password that he saw it.
        await maya.GetByLabel("Witness", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Sam Lindqvist" });
        await maya.GetByLabel("Witness's password").FillAsync(Password);
        await maya.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "register-waste-witness.png"), FullPage = true });
        await maya.GetByRole(AriaRole.Button, new() { Name = "Record it" }).ClickAsync();
        await Assertions.Expect(held).ToContainTextAsync("19.5 troches");
        await Assertions.Expect(held).ToContainTextAsync("1950 mg");
        await maya.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "register.png"), FullPage = true });

        // A weekly count of the new safe finds half a troche less than the book: the difference needs a reason and a
        // witness, stands flagged, and the prescriber resolves it with an adjusting entry.
        await maya.Locator("#counts tr", new() { HasText = "Cedar room safe" }).GetByRole(AriaRole.Link, new() { Name = "Count" }).ClickAsync();
        await maya.GetByLabel("Kind of count").SelectOptionAsync(new SelectOptionValue { Label = "Weekly count (required)" });
        await maya.GetByLabel("Found of lot K3050 (troche)").FillAsync("19");
        await maya.GetByLabel("Why lot K3050 differs").FillAsync("Half a troche not found in the box");
        await maya.GetByLabel("Witness", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Sam Lindqvist" });
        await maya.GetByLabel("Witness's password").FillAsync(Password);
        await maya.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "register-count.png"), FullPage = true });
        await maya.GetByRole(AriaRole.Button, new() { Name = "Record the count" }).ClickAsync();
        await Assertions.Expect(maya.Locator("p.notice")).ToContainTextAsync("1 difference from the book");
        await Assertions.Expect(held.Locator(".count-flag")).ToBeVisibleAsync();
        await Assertions.Expect(held).ToContainTextAsync("19.5 troches");
        await held.GetByRole(AriaRole.Link, new() { Name = "Resolve the difference" }).ClickAsync();
        await Assertions.Expect(maya.Locator("#difference")).ToContainTextAsync("Sam Lindqvist");
        await maya.GetByLabel("How the difference was resolved").FillAsync("Searched the safe and the room; reported to the accountable officer");
        await maya.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "register-adjust.png"), FullPage = true });
        await maya.GetByRole(AriaRole.Button, new() { Name = "Record the adjusting entry" }).ClickAsync();
        await Assertions.Expect(held).ToContainTextAsync("19 troches");
        await Assertions.Expect(held.Locator(".count-flag")).ToHaveCountAsync(0);

        // The register for inspection: the demo's receipts, transfer and witnessed waste with this one, on screen and as printed.
        await maya.GetByRole(AriaRole.Link, new() { Name = "For inspection" }).ClickAsync();
        await Assertions.Expect(maya.Locator("#inspection")).ToContainTextAsync("K3050");
        await Assertions.Expect(maya.Locator("#inspection")).ToContainTextAsync("Sam Lindqvist");
        await maya.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "register-inspection.png"), FullPage = true });
        await maya.EmulateMediaAsync(new() { Media = Media.Print });
        await maya.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "register-inspection-print.png"), FullPage = true });
        await maya.EmulateMediaAsync(new() { Media = Media.Screen });

        var phone = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = 390, Height = 844 } });
        await new SignInPage(phone).SignInAsync(server.BaseAddress, "admin@demo.tandem.test", Password);
        foreach (var (page, shot) in new[] { ("/Register", "register-admin-phone.png") })
        {
            await phone.GotoAsync(new Uri(server.BaseAddress, page).ToString());
            await Assertions.Expect(phone.Locator("#balances")).ToContainTextAsync("K3050");
            var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(width <= 390, $"{page} is {width} px wide on a 390 px phone");
            await phone.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, shot), FullPage = true });
        }

        var prescriberPhone = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = 390, Height = 844 } });
        await new SignInPage(prescriberPhone).SignInAsync(server.BaseAddress, "maya@demo.tandem.test", Password);
        await prescriberPhone.GotoAsync(new Uri(server.BaseAddress, "/Register/Receive").ToString());
        Assert.True(await prescriberPhone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "the receipt form scrolls sideways on a phone");
        await prescriberPhone.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "register-receipt-phone.png"), FullPage = true });
        await prescriberPhone.GotoAsync(new Uri(server.BaseAddress, "/Register").ToString());
        await prescriberPhone.Locator("#counts tr", new() { HasText = "Cedar room safe" }).GetByRole(AriaRole.Link, new() { Name = "Count" }).ClickAsync();
        Assert.True(await prescriberPhone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "the count form scrolls sideways on a phone");
        await prescriberPhone.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "register-count-phone.png"), FullPage = true });
        await prescriberPhone.GotoAsync(new Uri(server.BaseAddress, "/Register/Inspection").ToString());
        await Assertions.Expect(prescriberPhone.Locator("#inspection")).ToContainTextAsync("K3050");
        Assert.True(await prescriberPhone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "the inspection register scrolls sideways on a phone");
        await prescriberPhone.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "register-inspection-phone.png"), FullPage = true });
    }
}
