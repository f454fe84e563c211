using Microsoft.Playwright;

namespace Tandem.Browser.Tests.Pages;

public sealed class PublicBookingPage(IPage page)
{
    public Task OpenAsync(Uri baseAddress) => page.GotoAsync(new Uri(baseAddress, "/p/demo/book").ToString());

    public ILocator ZoneLegend => page.Locator("legend", new() { HasTextString = "Choose a time" });

    public async Task<string> ChooseFirstTimeWithAsync(string clinician)
    {
        var choice = page.Locator("label.slot", new() { HasTextString = clinician }).First;
        var text = (await choice.InnerTextAsync()).Trim();
        await choice.Locator("input").CheckAsync();
        return text;
    }

    public async Task FillCoupleAsync(string first, string last, string email, string partnerFirst, string partnerLast, string partnerEmail, string hopes)
    {
        await page.GetByLabel("Me and my partner").CheckAsync();
        await page.GetByLabel("Your first name").FillAsync(first);
        await page.GetByLabel("Your last name").FillAsync(last);
        await page.GetByLabel("Your email").FillAsync(email);
        await page.GetByLabel("Partner's first name").FillAsync(partnerFirst);
        await page.GetByLabel("Partner's last name").FillAsync(partnerLast);
        await page.GetByLabel("Partner's email").FillAsync(partnerEmail);
        await page.GetByLabel("A few lines on what you hope for").FillAsync(hopes);
    }

    public Task SubmitAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Book my free call" }).ClickAsync();

    public ILocator Status => page.Locator("#booking-status");
}
