using Microsoft.Playwright;
using Tandem.Browser.Tests.Infrastructure;
using Tandem.Browser.Tests.Pages;

namespace Tandem.Browser.Tests.Journeys;

[Collection(JourneyCollection.Name)]
public sealed class IntakeJourneyTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public async Task Both_partners_complete_intake_and_consent_and_the_prescriber_clears_them_into_preparation()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        var sasha = await PartnerCompletesIntakeAsync(browser, "sasha@demo.tandem.test", "Sasha Reyes", "Uncontrolled high blood pressure", screenshots: true);
        await sasha.CloseAsync();
        var mika = await PartnerCompletesIntakeAsync(browser, "mika@demo.tandem.test", "Mika Reyes", null, screenshots: false);
        await Assertions.Expect(mika.Locator("main")).Not.ToContainTextAsync("150/95");
        await mika.CloseAsync();

        var maya = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await new SignInPage(maya).SignInAsync(server.BaseAddress, "maya@demo.tandem.test", "Tandem-Demo-2026");
        var dashboard = new DashboardPage(maya);
        await Assertions.Expect(dashboard.StageGroup("MedicalReview")).ToContainTextAsync("Sasha Reyes & Mika Reyes");
        await dashboard.OpenCaseAsync("Sasha Reyes & Mika Reyes");
        var caseUrl = maya.Url;

        foreach (var name in new[] { "Sasha Reyes", "Mika Reyes" })
        {
            await maya.GotoAsync(caseUrl);
            await maya.Locator("tr", new() { HasTextString = name }).GetByRole(AriaRole.Link, new() { Name = "Not reviewed" }).ClickAsync();
            if (name == "Sasha Reyes")
            {
                await Assertions.Expect(maya.Locator("li.positive")).ToContainTextAsync("Last reading 150/95, now on amlodipine");
                await maya.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "medical-review.png"), FullPage = true });
            }

            await maya.GetByLabel("Cleared", new() { Exact = true }).CheckAsync();
            await maya.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        }

        await Assertions.Expect(new CasePage(maya).Stage).ToHaveTextAsync("Preparation");
        await maya.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "couple-in-preparation.png"), FullPage = true });

        await maya.GetByRole(AriaRole.Link, new() { Name = "Series plan" }).ClickAsync();
        await maya.GetByRole(AriaRole.Button, new() { Name = "Save this plan" }).ClickAsync();
        await Assertions.Expect(maya.Locator("#plan-status")).ToContainTextAsync("The plan keeps every rule.");
        await Assertions.Expect(maya.Locator("table.series tbody tr")).ToHaveCountAsync(24);
        await maya.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "series-plan.png"), FullPage = true });
    }

    private async Task<IPage> PartnerCompletesIntakeAsync(IBrowser browser, string email, string fullName, string? positive, bool screenshots)
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 900, Height = 900 } });
        await new SignInPage(page).SignInAsync(server.BaseAddress, email, "Tandem-Demo-2026");
        await page.GetByRole(AriaRole.Link, new() { Name = "My intake forms" }).ClickAsync();

        var intake = new IntakePage(page);
        await intake.FillAboutAsync("1986-09-12", "+1 555 0170", "Jo Reyes", "+1 555 0171");
        await intake.FillHealthAsync(positive is null ? "None" : "Amlodipine 5 mg", "None of note", "Burnout in 2023");
        await intake.SaveDraftAsync();
        await Assertions.Expect(intake.Notice).ToContainTextAsync("Your answers are saved");
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("Medications you take now")).ToHaveValueAsync(positive is null ? "None" : "Amlodipine 5 mg");

        await intake.AnswerScreenAsync(positive, "Last reading 150/95, now on amlodipine");
        await intake.AnswerPartnerSafetyNoAsync();
        if (screenshots)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "portal-intake.png"), FullPage = true });
        }

        await intake.SubmitAsync();
        await Assertions.Expect(intake.Notice).ToContainTextAsync("your intake is submitted");

        await page.GotoAsync(new Uri(server.BaseAddress, "/Portal").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Informed consent" }).ClickAsync();
        var consent = new ConsentPage(page);
        await consent.SignAsync(fullName);
        await Assertions.Expect(consent.Status).ToContainTextAsync("You signed version 1");
        if (screenshots)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "portal-consent.png"), FullPage = true });
        }

        return page;
    }
}
