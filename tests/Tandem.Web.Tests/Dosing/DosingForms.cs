using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Dosing;

/// <summary>The dosing page's forms, filled as the clinic fills them.</summary>
public static class DosingForms
{
    public static Task<HttpResponseMessage> OrderAsync(PageSession s, string url, Guid client, string mg, string? outsideBandReason = null) =>
        s.SubmitAsync(url, $"#person-{client} form.order-form", outsideBandReason is null
            ? new() { ["Order.Mg"] = mg }
            : new() { ["Order.Mg"] = mg, ["Order.OutsideBandReason"] = outsideBandReason });

    /// <param name="loaded">The dosing page as already loaded, when the test must act between loading it and posting.</param>
    /// <param name="extra">Further fields, as a clinician fills the ones the page asks for.</param>
    public static async Task<HttpResponseMessage> RecordAsync(
        PageSession s, string url, Guid client, string dose, string weight = "70", PageSession.Page? loaded = null, Dictionary<string, string>? extra = null)
    {
        var page = loaded ?? await s.GetAsync(url);
        var fields = new Dictionary<string, string>(extra ?? []);
        if (!fields.ContainsKey("Record.StockId") && FullestLot(page, client) is { } lot)
        {
            fields["Record.StockId"] = lot;
        }

        return await s.SubmitAsync(page, url, $"#person-{client} form.record-form", new(fields)
        {
            ["Record.Fasted"] = "true", ["Record.NoAlcoholOrBenzodiazepines"] = "true", ["Record.EscortName"] = "Pat", ["Record.EscortPhone"] = "+1 555 0100",
            ["Record.LotNumber"] = "22B-117", ["Record.WeightKg"] = weight, ["Record.DoseMg"] = dose, ["Record.GivenAt"] = "10:00",
            ["Record.AlertAndOriented"] = "true", ["Record.SteadyWalking"] = "true", ["Record.VitalsNearBaseline"] = "true",
            ["Record.EscortPresent"] = "true", ["Record.NoDrivingToday"] = "true", ["Record.DischargedAt"] = "12:30",
        });
    }

    /// <summary>Where the practice keeps its register and a dose left part of a troche, wastes that part before a witness.</summary>
    public static async Task WasteRestAsync(PageSession s, string url, Guid client, Func<Task<Dictionary<string, string>>> witness)
    {
        var page = await s.GetAsync(url);
        if (page.Document.QuerySelector($"#person-{client} form.waste-form") is not null)
        {
            var wasted = await s.SubmitAsync(page, url, $"#person-{client} form.waste-form", await witness());
            Assert.Equal(System.Net.HttpStatusCode.Redirect, wasted.StatusCode);
        }
    }

    /// <summary>Where the practice keeps its register, the lot offered with the most left, as a clinician would take it.</summary>
    public static string? FullestLot(PageSession.Page page, Guid client) =>
        page.Document.QuerySelectorAll($"#person-{client} select[name='Record.StockId'] option[data-balance]")
            .MaxBy(o => long.Parse(o.GetAttribute("data-balance")!, System.Globalization.CultureInfo.InvariantCulture))?.GetAttribute("value");

    public static async Task<HttpResponseMessage> VitalsAsync(
        PageSession s, string url, Guid client, string at, string systolic, string diastolic, PageSession.Page? loaded = null) =>
        await s.SubmitAsync(loaded ?? await s.GetAsync(url), url, $"#person-{client} form.vitals-form", new()
        {
            ["Vitals.At"] = at, ["Vitals.Systolic"] = systolic, ["Vitals.Diastolic"] = diastolic, ["Vitals.HeartRate"] = "72", ["Vitals.SpO2"] = "98",
        });
}
