using Microsoft.Playwright;

namespace Tandem.Browser.Tests.Pages;

public sealed class DashboardPage(IPage page)
{
    public ILocator Stages => page.Locator(".stages");

    public ILocator StageGroup(string stageId) => page.Locator($"section:has(#stage-{stageId})");

    /// <summary>Opens one of my cases from its stage (a case may also be in the review queue above).</summary>
    public Task OpenCaseAsync(string name) => Stages.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
}
