using Microsoft.Playwright;

namespace Tandem.Browser.Tests.Pages;

/// <summary>The dosing-session record, one card per person.</summary>
public sealed class DosingPage(IPage page)
{
    public ILocator Person(string firstName) =>
        page.Locator("section.person", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = firstName, Exact = true }) });

    public ILocator Status => page.Locator("#record-status");

    public async Task OrderAsync(string firstName, string mg)
    {
        var card = Person(firstName);
        await card.GetByLabel("Dose (mg)").FillAsync(mg);
        await card.GetByRole(AriaRole.Button, new() { Name = "Write the order" }).ClickAsync();
    }

    public async Task RecordAsync(string firstName, string mg, string weightKg)
    {
        var card = Person(firstName);
        await card.GetByLabel("Fasted").CheckAsync();
        await card.GetByLabel("No alcohol or benzodiazepines in the last 24 hours").CheckAsync();
        await card.GetByLabel("Escort's name").FillAsync("Sam Rivera");
        await card.GetByLabel("Escort's phone").FillAsync("+1 555 0177");
        var fromStock = card.GetByLabel("Lot given from");
        if (await fromStock.CountAsync() > 0)
        {
            await fromStock.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        }
        else
        {
            await card.GetByLabel("Lot number").FillAsync("K-2611");
        }

        await card.GetByLabel("Weight (kg)").FillAsync(weightKg);
        await card.GetByLabel("Dose given (mg)").FillAsync(mg);
        await card.GetByLabel("Time given").FillAsync("10:00");
        foreach (var check in new[] { "Alert and oriented", "Walking steadily", "Vitals near baseline", "Escort present", "Told: no driving today" })
        {
            await card.GetByLabel(check).CheckAsync();
        }

        await card.GetByLabel("Discharged at").FillAsync("12:30");
        await card.GetByRole(AriaRole.Button, new() { Name = $"Save {firstName}'s record" }).ClickAsync();
    }

    public async Task VitalsAsync(string firstName, string at, string systolic, string diastolic, string heartRate)
    {
        var card = Person(firstName);
        await card.GetByLabel("Time", new() { Exact = true }).First.FillAsync(at);
        await card.GetByLabel("Systolic").FillAsync(systolic);
        await card.GetByLabel("Diastolic").FillAsync(diastolic);
        await card.GetByLabel("Heart rate").FillAsync(heartRate);
        await card.GetByLabel("SpO2 (%)").FillAsync("98");
        await card.GetByRole(AriaRole.Button, new() { Name = "Add reading" }).ClickAsync();
    }
}
