using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Treatment;
using Tandem.Web.Tests.Infrastructure;
using Tandem.Web.Tests.Register;

namespace Tandem.Web.Tests.Dosing;

public abstract class DosingTests(TandemApp app)
{
    [Fact]
    public async Task Signing_with_a_failed_check_is_refused_until_a_prescriber_overrides_it_and_then_the_record_only_takes_amendments()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var shared = await app.OnDayAsync(series.First(SessionKind.SharedJourney));
        var url = $"/Dosing/{shared.Id}";
        var sam = await app.As(app.Demo.Emails["sam"]);
        var maya = await app.As(app.Demo.Emails["maya"]);
        foreach (var person in new[] { series.A, series.B })
        {
            await DosingForms.OrderAsync(maya, url, person.Id, "150");
            await DosingForms.RecordAsync(sam, url, person.Id, dose: "150");
            await DosingForms.WasteRestAsync(sam, url, person.Id, () => app.WitnessAsync(app.Demo, "admin", "Waste.Witness"));
            await DosingForms.VitalsAsync(sam, url, person.Id, "09:50", person == series.A ? "172" : "120", "85");
            await DosingForms.VitalsAsync(sam, url, person.Id, "10:40", "130", "82");
        }

        var refused = await SubmitAsync(sam, url, "#sign form", []);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Blood pressure 172/85 is over the practice limit of 160/90", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await SignedAtAsync(shared.Id));

        var byClinician = await SubmitAsync(sam, url, $"#person-{series.A.Id} li[data-check=BloodPressure] form", new() { ["Override.Reason"] = "Calm on re-check" }, asPrescriberForm: true);
        Assert.Contains("Only a prescriber can override", await byClinician.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.SafetyOverrides.CountAsync(o => o.CaseId == series.CaseId)));

        var overridden = await SubmitAsync(maya, url, $"#person-{series.A.Id} li[data-check=BloodPressure] form", new() { ["Override.Reason"] = "White-coat reading; 150/85 after five minutes' rest" });
        Assert.Equal(HttpStatusCode.Redirect, overridden.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(sam, url, "#sign form", [])).StatusCode);
        Assert.NotNull(await SignedAtAsync(shared.Id));
        var casePage = await sam.GetAsync($"/Cases/{series.CaseId}");
        Assert.Contains("White-coat reading", casePage.Text, StringComparison.Ordinal);
        var timeline = casePage.Document.QuerySelector("#timeline")!.TextContent;
        Assert.Contains("150 mg and 150 mg given", timeline, StringComparison.Ordinal);
        Assert.Contains("1 override", timeline, StringComparison.Ordinal);

        // Signed: a changed dose is refused, and an amendment is kept beside the untouched original.
        var changed = await sam.PostAsync($"{url}?handler=Record", await FieldsAsync(sam, url, new()
        {
            ["Record.ClientId"] = series.A.Id.ToString(), ["Record.DoseMg"] = "300", ["Record.GivenAt"] = "10:00",
        }));
        Assert.Contains("This record is signed", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var amended = await SubmitAsync(sam, url, "#amend", new() { ["Amend.ClientId"] = series.A.Id.ToString(), ["Amend.Correction"] = "Lot number was 22B-118", ["Amend.Reason"] = "Typo" });
        Assert.Equal(HttpStatusCode.Redirect, amended.StatusCode);
        var dose = await app.InDatabaseAsync(db => db.DosingRecords.Where(r => r.ClientId == series.A.Id).Select(r => r.DoseMg).SingleAsync());
        Assert.Equal(150m, dose);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.DosingAmendments.CountAsync(a => a.ClientId == series.A.Id && a.Reason == "Typo")));

        var cancel = await sam.SubmitAsync($"/Series/{series.CaseId}", $"form[action*=Cancel]:has(input[name=number][value='{shared.Number}'])", new() { ["reason"] = "Entered by mistake" });
        Assert.Contains("record is signed: it cannot be moved or cancelled", await cancel.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.InDatabaseAsync(db => db.SeriesSessions.Where(s => s.Id == shared.Id).Select(s => s.Cancelled).SingleAsync()));
    }

    [Fact]
    public async Task Missing_clearance_and_a_missing_order_are_hard_blocks_even_for_a_prescriber()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo, cleared: false);
        var journey = await app.OnDayAsync(series.First(SessionKind.IndividualJourney, series.A.Id));
        var url = $"/Dosing/{journey.Id}";
        var maya = await app.As(app.Demo.Emails["maya"]);

        var withoutOrder = await DosingForms.RecordAsync(maya, url, series.A.Id, dose: "200");
        var text = await withoutOrder.Content.ReadAsStringAsync();
        Assert.Contains("no prescriber&#x27;s dose order", text, StringComparison.Ordinal);
        Assert.Contains("Nobody can override this.", text, StringComparison.Ordinal);

        await DosingForms.OrderAsync(maya, url, series.A.Id, "200");
        var uncleared = await DosingForms.RecordAsync(maya, url, series.A.Id, dose: "200");
        Assert.Contains("This person has no medical clearance.", await uncleared.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await app.InDatabaseAsync(db => db.DosingRecords.Where(r => r.ClientId == series.A.Id).Select(r => r.DoseMg).SingleOrDefaultAsync()));

        var forced = await maya.PostAsync($"{url}?handler=Override", await FieldsAsync(maya, url, new()
        {
            ["Override.ClientId"] = series.A.Id.ToString(), ["Override.Check"] = "NoClearance", ["Override.Reason"] = "I know them well",
        }));
        Assert.Contains("hard block: nobody can override it", await forced.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.SafetyOverrides.CountAsync(o => o.CaseId == series.CaseId)));

        var sign = await SubmitAsync(maya, url, "#sign form", []);
        Assert.Contains("This person has no medical clearance.", await sign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await SignedAtAsync(journey.Id));
    }

    [Fact]
    public async Task A_partners_dosing_record_stays_with_that_partner_and_the_case_team()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var journey = await app.OnDayAsync(series.First(SessionKind.IndividualJourney, series.A.Id));
        var url = $"/Dosing/{journey.Id}";
        var sam = await app.As(app.Demo.Emails["sam"]);
        await DosingForms.OrderAsync(await app.As(app.Demo.Emails["maya"]), url, series.A.Id, "250");
        await DosingForms.RecordAsync(sam, url, series.A.Id, dose: "250", weight: "80");
        await DosingForms.WasteRestAsync(sam, url, series.A.Id, () => app.WitnessAsync(app.Demo, "admin", "Waste.Witness"));
        await DosingForms.VitalsAsync(sam, url, series.A.Id, "09:50", "124", "78");
        await DosingForms.VitalsAsync(sam, url, series.A.Id, "10:40", "131", "80");
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(sam, url, "#sign form", [])).StatusCode);
        Assert.Contains("3.13 mg/kg", (await sam.GetAsync(url)).Text, StringComparison.Ordinal);

        var mine = $"/Portal/Sessions/{journey.Id}";
        var a = await app.SignInAsync(series.A.Email);
        var own = await a.GetAsync(mine);
        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Contains("250 mg", own.Text, StringComparison.Ordinal);
        Assert.Contains("131/80", own.Text, StringComparison.Ordinal);

        var b = await app.SignInAsync(series.B.Email);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync(mine)).Status);
        Assert.DoesNotContain(journey.Id.ToString(), (await b.GetAsync("/Portal/Sessions")).Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync(url)).Status);

        var outsider = await app.As(app.Demo.Emails["jordan"]);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(mine)).Status);
    }

    [Fact]
    public async Task A_dose_order_outside_the_band_needs_the_prescribers_written_reason_kept_with_the_order()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var shared = series.First(SessionKind.SharedJourney);
        var url = $"/Dosing/{shared.Id}";
        var maya = await app.As(app.Demo.Emails["maya"]);
        var before = await Security.DatabaseSnapshot.TakeAsync(app);

        var refused = await DosingForms.OrderAsync(maya, url, series.A.Id, "250");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("250 mg is outside the practice's band for a shared psycholytic journey (50 mg–200 mg). Write why this dose is right",
            WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await Security.DatabaseSnapshot.TakeAsync(app));

        var reason = "Tolerant after an earlier ketamine course; 150 mg gave no effect last time";
        Assert.Equal(HttpStatusCode.Redirect, (await DosingForms.OrderAsync(maya, url, series.A.Id, "250", outsideBandReason: reason)).StatusCode);
        Assert.Equal(reason, await app.InDatabaseAsync(db => db.DoseOrders.Where(o => o.SeriesSessionId == shared.Id && o.ClientId == series.A.Id).Select(o => o.OutsideBandReason).SingleAsync()));
        Assert.Contains(reason, (await (await app.As(app.Demo.Emails["sam"])).GetAsync(url)).Document.QuerySelector($"#order-{series.A.Id}")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await DosingForms.OrderAsync(maya, url, series.A.Id, "150")).StatusCode);
        Assert.Null(await app.InDatabaseAsync(db => db.DoseOrders.Where(o => o.SeriesSessionId == shared.Id && o.ClientId == series.A.Id).Select(o => o.OutsideBandReason).SingleAsync()));
    }

    /// <summary>Submits a form of the page; a clinician's page has no override form, so <paramref name="asPrescriberForm"/> borrows the prescriber's.</summary>
    private async static Task<HttpResponseMessage> SubmitAsync(PageSession s, string url, string form, Dictionary<string, string> values, bool asPrescriberForm = false)
    {
        if (!asPrescriberForm)
        {
            return await s.SubmitAsync(url, form, values);
        }

        var code = form.Split("data-check=")[1].Split(']')[0];
        var client = form.Split("#person-")[1].Split(' ')[0];
        return await s.PostAsync($"{url}?handler=Override", await FieldsAsync(s, url, new(values)
        {
            ["Override.ClientId"] = client, ["Override.Check"] = code,
        }));
    }

    /// <summary>The page's antiforgery token and the given fields, for posts no form on the viewer's page offers.</summary>
    private static async Task<List<KeyValuePair<string, string>>> FieldsAsync(PageSession s, string url, Dictionary<string, string> values) =>
        [new("__RequestVerificationToken", await s.TokenAsync(url)), .. values];

    private Task<DateTime?> SignedAtAsync(Guid seriesSessionId) =>
        app.InDatabaseAsync(db => db.DosingSessions.Where(d => d.SeriesSessionId == seriesSessionId).Select(d => d.SignedAt).SingleOrDefaultAsync());
}

[Collection(SqliteApp.Collection)]
public sealed class DosingTests_Sqlite(SqliteApp app) : DosingTests(app);

[Collection(PostgresApp.Collection)]
public sealed class DosingTests_Postgres(PostgresApp app) : DosingTests(app);
