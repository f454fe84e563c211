using Microsoft.Playwright;

namespace Tandem.Browser.Tests.Pages;

public sealed class DashboardPage(IPage page)
{
    public ILocator StageGroup(string stageId) => page.Locator($"section:has(#stage-{stageId})");

    public Task OpenCaseAsync(string name) => page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
}
