using Microsoft.Playwright;
using Tandem.Browser.Tests.Infrastructure;
using Tandem.Browser.Tests.Pages;

namespace Tandem.Browser.Tests.Journeys;

[Collection(JourneyCollection.Name)]
public sealed class MeasuresJourneyTests(DemoServer server) : IClassFixture<DemoServer>
{
    private const string Password = "Tandem-Demo-2026";

    [Fact]
    public async Task A_partner_answers_PHQ9_and_CSI4_and_the_clinician_sees_the_charts_with_bands_and_dosing_days_and_the_practice_report()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        var alex = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        await new SignInPage(alex).SignInAsync(server.BaseAddress, "alex@demo.tandem.test", Password);
        // Every questionnaire waiting, in a row: each submitted one offers the next until none is left.
        await alex.GotoAsync(new Uri(server.BaseAddress, "/Portal").ToString());
        await alex.Locator("#questionnaires-due li").GetByRole(AriaRole.Link).First.ClickAsync();
        var answered = new List<string>();
        while (true)
        {
            var title = await alex.Locator("h1").TextContentAsync() ?? "";
            answered.Add(title);
            var answer = title.Contains("CSI-4", StringComparison.Ordinal) ? "Mostly" : "Several days";
            var items = alex.Locator("form.questionnaire fieldset");
            for (var i = 0; i < await items.CountAsync(); i++)
            {
                var item = items.Nth(i);
                var choice = item.GetByLabel(answer, new() { Exact = true });
                var radios = item.Locator("input[type=radio]");
                await (await choice.CountAsync() > 0 ? choice : radios.Nth(Math.Min(3, await radios.CountAsync() - 1))).CheckAsync();
            }

            if (title.Contains("PHQ-9", StringComparison.Ordinal))
            {
                await alex.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "questionnaire-phq9-alex.png"), FullPage = true });
            }

            await alex.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
            await Assertions.Expect(alex.Locator("#questionnaire-status")).ToContainTextAsync("Submitted");
            var next = alex.Locator("#next-questionnaire a.button");
            if (await next.CountAsync() == 0)
            {
                await alex.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "questionnaires-done-alex.png"), FullPage = true });
                break;
            }

            await next.ClickAsync();
        }

        Assert.Contains(answered, t => t.Contains("PHQ-9", StringComparison.Ordinal));
        Assert.Contains(answered, t => t.Contains("CSI-4", StringComparison.Ordinal));
        await alex.GotoAsync(new Uri(server.BaseAddress, "/Portal/Measures").ToString());
        await Assertions.Expect(alex.Locator("figure[data-instrument='CSI-4'] circle")).ToHaveCountAsync(1);
        await alex.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "portal-scores-alex.png"), FullPage = true });

        var sam = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await new SignInPage(sam).SignInAsync(server.BaseAddress, "sam@demo.tandem.test", Password);
        await new DashboardPage(sam).OpenCaseAsync("Jordan Ellis & Alex Moreno");
        await sam.GetByRole(AriaRole.Link, new() { Name = "Case outcomes" }).ClickAsync();
        var alexPhq = sam.Locator("figure[data-instrument='PHQ-9']").Nth(1);
        await Assertions.Expect(alexPhq.Locator("rect.band")).ToHaveCountAsync(5);
        await Assertions.Expect(alexPhq.Locator("g.dosing").First).ToBeAttachedAsync();
        await Assertions.Expect(alexPhq.Locator("table.chart-data")).ToContainTextAsync("Before dosing session 4");
        await Assertions.Expect(sam.Locator("figure[data-instrument='CSI-4'] g.line")).ToHaveCountAsync(2);
        await sam.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "case-outcomes.png"), FullPage = true });

        await sam.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Practice report" }).ClickAsync();
        await Assertions.Expect(sam.Locator("section[data-instrument='PHQ-9'] tr[data-timepoint='End of series'] td").First).ToHaveTextAsync("5");
        await Assertions.Expect(sam.Locator("section[data-instrument='PHQ-9'] tr[data-timepoint='12 months after the series'] td").First).ToHaveTextAsync("fewer than 5");
        await sam.ScreenshotAsync(new() { Path = Path.Combine(server.ScreenshotFolder, "practice-outcomes.png"), FullPage = true });
    }
}
