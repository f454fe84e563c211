using Microsoft.Playwright;

namespace Tandem.Browser.Tests.Pages;

public sealed class IntakePage(IPage page)
{
    public async Task FillAboutAsync(string dateOfBirth, string phone, string emergencyName, string emergencyPhone)
    {
        await page.GetByLabel("Date of birth").FillAsync(dateOfBirth);
        await page.GetByLabel("Phone", new() { Exact = true }).FillAsync(phone);
        await page.Locator("#Input_EmergencyName").FillAsync(emergencyName);
        await page.GetByLabel("Their phone").FillAsync(emergencyPhone);
    }

    public async Task FillHealthAsync(string medications, string medical, string mental)
    {
        await page.GetByLabel("Medications you take now").FillAsync(medications);
        await page.GetByLabel("Medical history").FillAsync(medical);
        await page.GetByLabel("Mental health history").FillAsync(mental);
    }

    /// <summary>Answers no to every screen question except the one named, which gets yes and the detail.</summary>
    public async Task AnswerScreenAsync(string? yesTo, string detail)
    {
        foreach (var item in await page.Locator("#screen .screen-item").AllAsync())
        {
            var isYes = yesTo is not null && (await item.Locator(".question").InnerTextAsync()).Contains(yesTo, StringComparison.Ordinal);
            await item.GetByLabel(isYes ? "Yes" : "No", new() { Exact = true }).CheckAsync();
            if (isYes)
            {
                await item.Locator("input[name$='.Detail']").FillAsync(detail);
            }
        }
    }

    public async Task AnswerPartnerSafetyNoAsync()
    {
        foreach (var item in await page.Locator("#partner-safety .screen-item").AllAsync())
        {
            await item.GetByLabel("No", new() { Exact = true }).CheckAsync();
        }
    }

    public Task SaveDraftAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

    public Task SubmitAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Submit my intake" }).ClickAsync();

    public ILocator Notice => page.Locator("p.notice");
}
