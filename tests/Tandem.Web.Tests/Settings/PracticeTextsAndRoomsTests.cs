using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Practices;
using Tandem.Core.Treatment;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Settings;

public abstract class PracticeTextsAndRoomsTests(TandemApp app)
{
    [Fact]
    public async Task The_practices_own_words_reach_its_clients_before_dosing_and_beside_the_journal()
    {
        var practice = await app.OwnPracticeAsync();
        var series = await app.CoupleInSeriesAsync(practice);
        var admin = await app.As(practice.Emails["admin"]);

        var saved = await admin.SubmitAsync("/Settings/Texts", "#texts", new()
        {
            ["Input.BeforeDosing"] = "Bring your eyeshades and a warm layer; Lee drives you home.",
            ["Input.CrisisResources"] = "Call the Riverside crisis line on 555 0199, day or night.",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var client = await app.SignInAsync(series.A.Email);
        var home = await client.GetAsync("/Portal");
        Assert.Contains("Lee drives you home", home.Document.QuerySelector("#before-dosing")?.TextContent, StringComparison.Ordinal);
        var journal = await client.GetAsync("/Portal/Journal");
        Assert.Contains("Riverside crisis line", journal.Document.QuerySelector("#not-monitored")?.TextContent, StringComparison.Ordinal);

        var elsewhere = await (await app.SignInAsync((await app.CoupleInSeriesAsync(app.Other)).A.Email)).GetAsync("/Portal");
        Assert.Contains(PracticeTexts.DefaultBeforeDosing, elsewhere.Document.QuerySelector("#before-dosing")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Texts_saved_by_someone_else_meanwhile_are_not_overwritten_and_a_clinician_cannot_change_them()
    {
        var practice = await app.OwnPracticeAsync();
        var admin = await app.As(practice.Emails["admin"]);
        var maya = await app.As(practice.Emails["maya"]);
        var adminForm = await admin.GetAsync("/Settings/Texts");
        var mayaForm = await maya.GetAsync("/Settings/Texts");

        var values = new Dictionary<string, string> { ["Input.BeforeDosing"] = "Version one", ["Input.CrisisResources"] = "Call 988." };
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(adminForm, "/Settings/Texts", "#texts", values)).StatusCode);
        values["Input.BeforeDosing"] = "Version two";
        var refused = await maya.SubmitAsync(mayaForm, "/Settings/Texts", "#texts", values);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var summary = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync()).QuerySelector(".error-summary")?.TextContent;
        Assert.Contains("These texts changed since you opened this page: before a dosing session, “Version one”; in a crisis, “Call 988.”. Nothing was saved.", summary, StringComparison.Ordinal);
        Assert.Equal("Version one", await app.InDatabaseAsync(db => db.PracticeTexts.Where(t => t.PracticeId == practice.PracticeId).Select(t => t.BeforeDosing).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As(practice.Emails["sam"])).GetAsync("/Settings/Texts")).Status);
    }

    [Fact]
    public async Task An_admin_adds_a_room_and_takes_one_out_of_use_and_scheduling_offers_only_rooms_in_use()
    {
        var practice = await app.OwnPracticeAsync();
        var journey = (await app.CoupleInSeriesAsync(practice)).First(SessionKind.SharedJourney);
        var admin = await app.As(practice.Emails["admin"]);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/Settings/Rooms", "#add-room", new() { ["Name"] = "Birch room" })).StatusCode);
        var duplicate = await admin.SubmitAsync("/Settings/Rooms", "#add-room", new() { ["Name"] = "birch room" });
        Assert.Contains("already has a room with this name", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var rooms = await admin.GetAsync("/Settings/Rooms");
        var willow = rooms.Document.QuerySelectorAll("#rooms tr").Single(r => r.TextContent.Contains("Willow room", StringComparison.Ordinal));
        var id = willow.QuerySelector("input[name=id]")!.GetAttribute("value");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(rooms, "/Settings/Rooms", $"#rooms form:has(input[value='{id}'])", [])).StatusCode);

        var schedule = await (await app.As(practice.Emails["sam"])).GetAsync($"/Series/Schedule/{journey.Id}");
        var offered = schedule.Document.QuerySelectorAll("select[name='Input.RoomId'] option").Select(o => o.TextContent).ToList();
        Assert.Equal(["No room", "Birch room", "Cedar room"], offered);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As(practice.Emails["sam"])).GetAsync("/Settings/Rooms")).Status);
        Assert.Equal(3, await app.InDatabaseAsync(db => db.Rooms.CountAsync(r => r.PracticeId == practice.PracticeId)));
    }
}

[Collection(SqliteApp.Collection)]
public sealed class PracticeTextsAndRoomsTests_Sqlite(SqliteApp app) : PracticeTextsAndRoomsTests(app);

[Collection(PostgresApp.Collection)]
public sealed class PracticeTextsAndRoomsTests_Postgres(PostgresApp app) : PracticeTextsAndRoomsTests(app);
