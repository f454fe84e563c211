using Microsoft.Playwright;

namespace Tandem.Browser.Tests.Pages;

public sealed class PortalPage(IPage page)
{
    public ILocator Main => page.Locator("main");

    public Task OpenCareAsync(string linkText) => page.GetByRole(AriaRole.Link, new() { Name = linkText }).ClickAsync();

    public ILocator Stage => page.Locator("#portal-stage");
}
