using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Tandem.Core.Treatment;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Dosing;

/// <summary>
/// The dosing page holds many forms, a post sends one of them: a refused form comes back as it was typed, with its errors,
/// and every other form as it holds, and a saved one returns the clinician to the section they saved.
/// </summary>
public abstract class OneFormAtATimeTests(TandemApp app)
{
    private static readonly HtmlParser Parser = new();
    private const string Reason = "Tolerant after an earlier ketamine course";

    [Fact]
    public async Task A_refused_form_comes_back_as_typed_and_the_other_forms_keep_what_they_hold()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var shared = await app.OnDayAsync(series.First(SessionKind.SharedJourney));
        var url = $"/Dosing/{shared.Id}";
        var maya = await app.As(app.Demo.Emails["maya"]);
        Assert.Equal(HttpStatusCode.Redirect, (await DosingForms.OrderAsync(maya, url, series.A.Id, "250", Reason)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await DosingForms.OrderAsync(maya, url, series.B.Id, "150")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await DosingForms.RecordAsync(maya, url, series.B.Id, dose: "150", weight: "82")).StatusCode);
        var before = await Security.DatabaseSnapshot.TakeAsync(app);

        var record = await Parsed(await maya.SubmitAsync(url, $"#person-{series.A.Id} form.record-form", new()
        {
            ["Record.EscortName"] = "Robin", ["Record.WeightKg"] = "64", ["Record.DoseMg"] = "2000", ["Record.GivenAt"] = "10:00",
        }));

        var a = record.QuerySelector($"#person-{series.A.Id}")!;
        Assert.Equal("Robin", Value(a, "form.record-form [name='Record.EscortName']"));
        Assert.Equal("2000", Value(a, "form.record-form [name='Record.DoseMg']"));
        Assert.Contains("A dose is between 1 and 1000 mg.", a.QuerySelectorAll("form.record-form .field-validation-error").Select(e => e.TextContent), StringComparer.Ordinal);
        Assert.Equal("250", Value(a, "form.order-form [name='Order.Mg']"));
        Assert.Equal(Reason, Value(a, "form.order-form [name='Order.OutsideBandReason']"));
        var b = record.QuerySelector($"#person-{series.B.Id}")!;
        Assert.Equal("82", Value(b, "form.record-form [name='Record.WeightKg']"));
        Assert.Equal("150", Value(b, "form.record-form [name='Record.DoseMg']"));
        Assert.Empty(b.QuerySelectorAll(".field-validation-error"));

        var vitals = await Parsed(await DosingForms.VitalsAsync(maya, url, series.A.Id, "09:50", "120", "130"));

        a = vitals.QuerySelector($"#person-{series.A.Id}")!;
        Assert.Equal("09:50", Value(a, "form.vitals-form [name='Vitals.At']"));
        Assert.Equal("120", Value(a, "form.vitals-form [name='Vitals.Systolic']"));
        Assert.Equal("130", Value(a, "form.vitals-form [name='Vitals.Diastolic']"));
        Assert.Contains("The diastolic pressure is lower than the systolic.", a.QuerySelector("form.vitals-form")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Reason, Value(a, "form.order-form [name='Order.OutsideBandReason']"));
        b = vitals.QuerySelector($"#person-{series.B.Id}")!;
        Assert.Equal("", Value(b, "form.vitals-form [name='Vitals.Systolic']"));
        Assert.Equal("82", Value(b, "form.record-form [name='Record.WeightKg']"));
        Assert.Equal(before, await Security.DatabaseSnapshot.TakeAsync(app));
    }

    [Fact]
    public async Task A_saved_form_returns_the_page_to_the_section_saved()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var shared = await app.OnDayAsync(series.First(SessionKind.SharedJourney));
        var url = $"/Dosing/{shared.Id}";
        var maya = await app.As(app.Demo.Emails["maya"]);

        var order = await DosingForms.OrderAsync(maya, url, series.B.Id, "150");
        var record = await DosingForms.RecordAsync(maya, url, series.B.Id, dose: "150");
        var vitals = await DosingForms.VitalsAsync(maya, url, series.B.Id, "09:50", "120", "80");
        var setting = await maya.SubmitAsync(url, "#setting form", new() { ["Setting.Room"] = "Willow" });

        Assert.Equal($"{url}#order-{series.B.Id}", order.Headers.Location?.OriginalString);
        Assert.Equal($"{url}#person-{series.B.Id}", record.Headers.Location?.OriginalString);
        Assert.Equal($"{url}#vitals-{series.B.Id}", vitals.Headers.Location?.OriginalString);
        Assert.Equal($"{url}#setting", setting.Headers.Location?.OriginalString);
    }

    private static async Task<IDocument> Parsed(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static string Value(IElement within, string selector) =>
        (within.QuerySelector(selector) ?? throw new InvalidOperationException($"No {selector} in #{within.Id}.")).GetAttribute("value") ?? "";
}

[Collection(SqliteApp.Collection)]
public sealed class OneFormAtATimeTests_Sqlite(SqliteApp app) : OneFormAtATimeTests(app);

[Collection(PostgresApp.Collection)]
public sealed class OneFormAtATimeTests_Postgres(PostgresApp app) : OneFormAtATimeTests(app);
