using Microsoft.Playwright;

namespace Tandem.Browser.Tests.Pages;

public sealed class CasePage(IPage page)
{
    public ILocator Stage => page.Locator("#case-stage");

    public ILocator History => page.Locator("section:has(h2:text('Stage history')) table");

    public async Task MoveAsync(string toStage, string reason)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Move to another stage" }).ClickAsync();
        await page.GetByLabel(toStage, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Reason").FillAsync(reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Move case" }).ClickAsync();
    }

    public Task SignOutAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
}
