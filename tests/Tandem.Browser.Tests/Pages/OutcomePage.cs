using Microsoft.Playwright;

namespace Tandem.Browser.Tests.Pages;

public sealed class OutcomePage(IPage page)
{
    public async Task ProceedAsync()
    {
        await page.GetByLabel("Proceed to intake", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record outcome" }).ClickAsync();
    }
}
