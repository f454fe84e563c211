using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Treatment;
using Tandem.Web.Tests.Dosing;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Settings;

public abstract class ProtocolTests(TandemApp app)
{
    private const string Url = "/Settings/Protocol";

    [Fact]
    public async Task A_prescriber_tightens_the_limits_and_records_checked_from_then_on_are_judged_by_them_while_earlier_ones_keep_their_version()
    {
        var practice = await app.OwnPracticeAsync();
        var series = await app.CoupleInSeriesAsync(practice);
        var sam = await app.As(practice.Emails["sam"]);
        var maya = await app.As(practice.Emails["maya"]);
        var first = await app.OnDayAsync(series.First(SessionKind.IndividualJourney, series.A.Id));
        var firstUrl = $"/Dosing/{first.Id}";
        await DosingForms.OrderAsync(maya, firstUrl, series.A.Id, "200");
        await DosingForms.RecordAsync(sam, firstUrl, series.A.Id, dose: "200");
        await DosingForms.VitalsAsync(sam, firstUrl, series.A.Id, "09:50", "150", "85");
        Assert.Null((await sam.GetAsync(firstUrl)).Document.QuerySelector($"#person-{series.A.Id} li[data-check=BloodPressure]"));

        Assert.Equal(HttpStatusCode.Redirect, (await ChangeAsync(maya, "140", "Medical director's new guidance", days: "10")).StatusCode);

        var kept = (await sam.GetAsync(firstUrl)).Document;
        Assert.Null(kept.QuerySelector($"#person-{series.A.Id} li[data-check=BloodPressure]"));
        Assert.Contains("default protocol", kept.QuerySelector($"#protocol-{series.A.Id}")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("160/90", kept.QuerySelector($"#protocol-{series.A.Id}")!.TextContent, StringComparison.Ordinal);

        var second = await app.OnDayAsync(series.First(SessionKind.IndividualJourney, series.B.Id));
        var secondUrl = $"/Dosing/{second.Id}";
        await DosingForms.OrderAsync(maya, secondUrl, series.B.Id, "200");
        await DosingForms.RecordAsync(sam, secondUrl, series.B.Id, dose: "200");
        await DosingForms.VitalsAsync(sam, secondUrl, series.B.Id, "09:50", "150", "85");
        var judged = (await sam.GetAsync(secondUrl)).Document;
        Assert.Contains("Blood pressure 150/85 is over the practice limit of 140/90",
            judged.QuerySelector($"#person-{series.B.Id} li[data-check=BloodPressure]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("version 1", judged.QuerySelector($"#protocol-{series.B.Id}")!.TextContent, StringComparison.Ordinal);

        // Loosened again, the record checked under version 1 is not un-judged either.
        Assert.Equal(HttpStatusCode.Redirect, (await ChangeAsync(maya, "160", "Back to the old limit", days: "10")).StatusCode);
        Assert.NotNull((await sam.GetAsync(secondUrl)).Document.QuerySelector($"#person-{series.B.Id} li[data-check=BloodPressure]"));
        Assert.Contains("Blood pressure 150/85 is over the practice limit of 140/90", await SignRefusalAsync(sam, secondUrl), StringComparison.Ordinal);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.DosingRecords.Where(r => r.ClientId == series.B.Id).Select(r => r.ProtocolNumber).SingleAsync()));

        var plan = await sam.GetAsync($"/Series/{series.CaseId}");
        Assert.Contains("are too close", plan.Document.QuerySelector("#plan-status")?.TextContent, StringComparison.Ordinal);
        var page = await sam.GetAsync(Url);
        Assert.Contains("at most 160/90 mmHg", page.Document.QuerySelector("#protocol")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Medical director's new guidance", page.Document.QuerySelector("#versions")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await app.InDatabaseAsync(db => db.AuditEvents.CountAsync(e => e.PracticeId == practice.PracticeId && e.Code == AuditCode.Protocol_Changed)));
    }

    private static Task<HttpResponseMessage> ChangeAsync(PageSession maya, string maxSystolic, string reason, string days) =>
        maya.SubmitAsync(Url, "#change-protocol", new() { ["Input.MaxSystolic"] = maxSystolic, ["Input.MinimumDaysBetweenDoses"] = days, ["Input.Reason"] = reason });

    private static async Task<string> SignRefusalAsync(PageSession sam, string url) =>
        WebUtility.HtmlDecode(await (await sam.SubmitAsync(url, "#sign form", [])).Content.ReadAsStringAsync());

    [Fact]
    public async Task Only_a_prescriber_changes_the_protocol_and_every_practice_keeps_its_own()
    {
        var practice = await app.OwnPracticeAsync();
        var sam = await app.As(practice.Emails["sam"]);
        var form = await sam.GetAsync(Url);
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Null(form.Document.QuerySelector("#change-protocol"));

        var posted = await sam.PostAsync(Url, [new("__RequestVerificationToken", await sam.TokenAsync(Url)), new("Input.MaxSystolic", "200"), new("Input.Reason", "Looser")]);
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As(practice.Emails["admin"])).GetAsync(Url)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync(practice.Emails["jordan"])).GetAsync(Url)).Status);

        var maya = await app.As(practice.Emails["maya"]);
        await maya.SubmitAsync(Url, "#change-protocol", new() { ["Input.MaxHeartRate"] = "90", ["Input.Reason"] = "Tighter" });
        var other = await (await app.As(app.Other.Emails["maya"])).GetAsync(Url);
        Assert.Contains("at most 100 bpm", other.Document.QuerySelector("#protocol")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.PracticeProtocols.CountAsync(p => p.PracticeId == app.Other.PracticeId)));
    }

    [Theory]
    [InlineData("Input.SharedMinMg", "300", "The lowest shared-journey dose is above the highest.")]
    [InlineData("Input.RecheckUntilMinutes", "20", "The re-check window must end after it starts.")]
    [InlineData("Input.MaxSystolic", "400", "Enter a systolic limit between 100 and 220 mmHg.")]
    [InlineData("Input.Reason", "", "Say why the protocol changes")]
    public async Task Bad_input_gets_a_message_beside_the_field_and_writes_nothing(string field, string value, string message)
    {
        var practice = await app.OwnPracticeAsync();
        var maya = await app.As(practice.Emails["maya"]);
        var values = new Dictionary<string, string> { ["Input.Reason"] = "Review", [field] = value };

        var response = await maya.SubmitAsync(Url, "#change-protocol", values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.PracticeProtocols.CountAsync(p => p.PracticeId == practice.PracticeId)));
    }

    [Fact]
    public async Task Two_prescribers_changing_it_at_once_the_second_is_told_and_nothing_is_overwritten()
    {
        var practice = await app.OwnPracticeAsync();
        var maya = await app.As(practice.Emails["maya"]);
        var second = await app.SignInAsync(practice.Emails["maya"]);
        var first = await maya.GetAsync(Url);
        var stale = await second.GetAsync(Url);

        Assert.Equal(HttpStatusCode.Redirect, (await maya.SubmitAsync(first, Url, "#change-protocol", new() { ["Input.MaxSystolic"] = "150", ["Input.Reason"] = "First" })).StatusCode);
        var refused = await second.SubmitAsync(stale, Url, "#change-protocol", new() { ["Input.MaxHeartRate"] = "90", ["Input.Reason"] = "Second" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("changed the protocol while you were editing", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var versions = await app.InDatabaseAsync(db => db.PracticeProtocols.Where(p => p.PracticeId == practice.PracticeId).ToListAsync());
        var only = Assert.Single(versions);
        Assert.Equal(150, only.Settings.MaxSystolicBeforeDose);
        Assert.Equal(100, only.Settings.MaxHeartRateBeforeDose);
    }
}

[Collection(SqliteApp.Collection)]
public sealed class ProtocolTests_Sqlite(SqliteApp app) : ProtocolTests(app);

[Collection(PostgresApp.Collection)]
public sealed class ProtocolTests_Postgres(PostgresApp app) : ProtocolTests(app);
