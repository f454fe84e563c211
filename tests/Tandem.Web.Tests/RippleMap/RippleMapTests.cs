using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.RippleMap;
using Tandem.Web.Tests.Infrastructure;
using static Tandem.Web.Tests.RippleMap.MapForm;

namespace Tandem.Web.Tests.RippleMap;

public abstract class RippleMapTests(TandemApp app)
{
    [Fact]
    public async Task A_client_draws_a_map_redraws_it_and_sees_each_person_carried_forward_and_who_moved_where()
    {
        var (_, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var ari = await app.SignInAsync(a.Email);
        Assert.Contains("Draw my map", (await ari.GetAsync("/Portal/RippleMap")).Text, StringComparison.Ordinal);

        var first = await DrawnAsync(ari, "OnlyMe",
            (0, new("Mia", "Partner", "Middle", "4", "Strained")), (1, new("Jo", "Friend", "Middle", "4", "Supportive")), (2, new("my boss", "Manager", "Outer", "2", "Mixed")));
        Assert.Contains("Mia", (await ari.GetAsync($"/Portal/RippleMap/{first}")).Document.QuerySelector("table.map-people")!.TextContent, StringComparison.Ordinal);

        // The form starts from the last map, its people by ring, then by name: Jo and Mia (middle), then my boss (outer).
        var redraw = await ari.GetAsync(Url);
        Assert.Equal(["Jo", "Mia", "my boss"], redraw.Document.QuerySelectorAll("#draw-map input[name$='.Label']").Take(3).Select(i => i.GetAttribute("value")));
        var later = await DrawnAsync(ari, "OnlyMe",
            (0, new("Jo", "Friend", "Middle", "4", "Supportive", Gone: true)), (1, new("Mia", "Partner", "Inner", "6", "Supportive", "We talk every evening now")),
            (2, new("my boss", "Manager", "Outer", "2", "Mixed")), (3, new("my sister", "Sibling", "Middle", "5", "Supportive")));

        var page = await ari.GetAsync($"/Portal/RippleMap/{later}");
        var changes = page.Document.QuerySelectorAll("#changes li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(
            ["Mia: moved inward (middle → inner); closer (4 → 6 of 7); strained → supportive", "my sister: new on the map", "Jo: no longer on the map"],
            changes);
        var svg = page.Document.QuerySelector("figure.ripple-map svg")!;
        Assert.Contains("relationship map", svg.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("3 people: 1 in the inner circle, 1 in the middle circle, 1 in the outer circle", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, svg.QuerySelectorAll("g.person").Length);
        Assert.Contains("We talk every evening now", page.Document.QuerySelector("table.map-people")!.TextContent, StringComparison.Ordinal);

        var ids = await app.InDatabaseAsync(db => db.MapPeople.Where(p => p.Label == "Mia" && (p.SnapshotId == first || p.SnapshotId == later)).Select(p => p.PersonId).ToListAsync());
        Assert.Equal(2, ids.Count);
        Assert.Single(ids.Distinct());
        Assert.True(await app.InDatabaseAsync(db => db.AuditEvents.AnyAsync(e => e.Code == Core.Audit.AuditCode.MapSnapshot_Drawn && e.EntityId == later.ToString() && e.ClientId == a.Id)));

        var compare = await ari.GetAsync($"/Portal/RippleMap/Compare?from={first}&to={later}");
        Assert.Equal(2, compare.Document.QuerySelectorAll(".side-by-side svg").Length);
        Assert.Contains("Mia: moved inward", compare.Text, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> BadRows => new()
    {
        { "Input.People[0].Label", new string('x', 61), "Keep the label to 60 characters" },
        { "Input.People[0].Label", "mia@example.com", "looks like an email address" },
        { "Input.People[0].Label", "+44 7700 900123", "looks like a phone number" },
        { "Input.People[0].Label", "https://instagram.com/mia", "looks like a web address" },
        { "Input.People[0].Ring", "Centre", "Choose the inner, middle or outer circle." },
        { "Input.People[0].Ring", "2", "Choose the inner, middle or outer circle." },
        { "Input.People[0].Relationship", "Neighbour", "Choose who they are to you from the list." },
        { "Input.People[0].Closeness", "8", "Choose one of the seven pictures" },
        { "Input.People[0].Closeness", "0", "Choose one of the seven pictures" },
        { "Input.People[0].Feeling", "Fine", "Choose how it feels now" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task A_bad_row_is_refused_beside_its_field_and_no_map_is_written(string field, string value, string message)
    {
        var (_, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var ari = await app.SignInAsync(a.Email);
        var fields = Rows((0, new("Mia", "Partner", "Inner", "6", "Supportive")), (1, new("Jo", "Friend", "Middle", "4", "Supportive")));
        fields[field] = value;
        fields["Input.Visibility"] = "OnlyMe";

        var refused = await ari.SubmitAsync(Url, "#draw-map", fields);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains(System.Net.WebUtility.HtmlEncode(message), html, StringComparison.Ordinal);
        Assert.False(await app.InDatabaseAsync(db => db.MapSnapshots.AnyAsync(s => s.ClientId == a.Id)));
        Assert.Equal(HttpStatusCode.Redirect, (await DrawAsync(ari, "OnlyMe", (0, new("Mia", "Partner", "Inner", "6", "Supportive")))).StatusCode);
    }

    [Fact]
    public async Task The_demo_shows_Toms_wife_and_children_moving_inward_from_baseline_to_three_months_after_his_series()
    {
        var practice = await app.OwnPracticeAsync();
        var sam = await app.SignInAsync(practice.Emails["sam"]);
        var team = await sam.GetAsync($"/Cases/{practice.Cases["tom"]}/RippleMap/{practice.Clients["tom"]}");
        var moved = team.Document.QuerySelectorAll("#since-first .map-changes li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(
        [
            "Ben: moved inward (middle → inner); closer (2 → 5 of 7); strained → supportive",
            "Claire (my wife): moved inward (middle → inner); closer (3 → 6 of 7); mixed → supportive",
            "Emma: moved inward (middle → inner); closer (3 → 6 of 7); mixed → supportive",
            "Dad: closer (1 → 2 of 7); cut off → strained",
        ], moved);
        var tom = await app.SignInAsync(practice.Emails["tom"]);
        var drawnOnSchedule = await app.InDatabaseAsync(db => db.ScheduledMaps
            .Where(m => m.ClientId == practice.Clients["tom"] && m.SnapshotId != null).OrderBy(m => m.DueOn).Select(m => m.Timepoint).ToListAsync());
        Assert.Equal([MapTimepoint.Baseline, MapTimepoint.EndOfSeries, MapTimepoint.OneMonth, MapTimepoint.ThreeMonths], drawnOnSchedule);
        Assert.Equal(4, (await tom.GetAsync("/Portal/RippleMap")).Document.QuerySelectorAll("#snapshots li").Length);
    }

    [Fact]
    public async Task More_than_60_people_or_someone_not_on_the_last_map_is_refused_and_nothing_written()
    {
        var (_, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var ari = await app.SignInAsync(a.Email);
        var token = await ari.TokenAsync(Url);
        var crowd = Rows([.. Enumerable.Range(0, 61).Select(i => (i, new Row($"friend {(char)('a' + i % 26)}{i / 26}", "Friend", "Outer", "2", "Supportive")))]);
        var refused = await ari.PostAsync(Url, [new("__RequestVerificationToken", token), new("Input.Visibility", "OnlyMe"), .. crowd]);
        Assert.Contains("A map holds at most 60 people; this one has 61.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var forged = Rows((0, new("Mia", "Partner", "Inner", "6", "Supportive")));
        forged["Input.People[0].PersonId"] = Guid.NewGuid().ToString();
        var notMine = await ari.PostAsync(Url, [new("__RequestVerificationToken", token), new("Input.Visibility", "OnlyMe"), .. forged]);
        Assert.Contains("This person is not on your last map.", await notMine.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.InDatabaseAsync(db => db.MapSnapshots.AnyAsync(s => s.ClientId == a.Id)));

        var sixty = Rows([.. Enumerable.Range(0, 60).Select(i => (i, new Row($"friend {(char)('a' + i % 26)}{i / 26}", "Friend", "Outer", "2", "Supportive")))]);
        Assert.Equal(HttpStatusCode.Redirect, (await ari.PostAsync(Url, [new("__RequestVerificationToken", token), new("Input.Visibility", "OnlyMe"), .. sixty])).StatusCode);
        Assert.Equal(60, await app.InDatabaseAsync(db => db.MapPeople.CountAsync(p => db.MapSnapshots.Any(s => s.Id == p.SnapshotId && s.ClientId == a.Id))));
    }

    [Fact]
    public async Task A_redraw_from_a_map_redrawn_in_another_window_since_is_refused_with_what_changed()
    {
        var (_, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var ari = await app.SignInAsync(a.Email);
        await DrawnAsync(ari, "OnlyMe", (0, new("Mia", "Partner", "Middle", "4", "Mixed")));
        var firstTab = await ari.GetAsync(Url);
        var secondTab = await ari.GetAsync(Url);
        var row = Rows((0, new("Mia", "Partner", "Inner", "6", "Supportive")));
        row["Input.Visibility"] = "OnlyMe";
        Assert.Equal(HttpStatusCode.Redirect, (await ari.SubmitAsync(firstTab, Url, "#draw-map", row)).StatusCode);

        var stale = await ari.SubmitAsync(secondTab, Url, "#draw-map", row);

        Assert.Contains("Your map changed since you opened this page: it was drawn again on", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await app.InDatabaseAsync(db => db.MapSnapshots.CountAsync(s => s.ClientId == a.Id)));
    }

    [Fact]
    public async Task The_more_rows_button_keeps_what_was_typed_and_saves_nothing()
    {
        var (_, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var ari = await app.SignInAsync(a.Email);
        var page = await ari.GetAsync(Url);
        var fields = Rows((0, new("Mia", "Partner", "Inner", "6", "Supportive")));
        var more = await ari.SubmitAsync(page, Url, "#draw-map", fields, button: "handler=More");
        var html = await more.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, more.StatusCode);
        Assert.Equal(8, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelectorAll("#draw-map fieldset.map-person").Length);
        Assert.Contains("value=\"Mia\"", html, StringComparison.Ordinal);
        Assert.False(await app.InDatabaseAsync(db => db.MapSnapshots.AnyAsync(s => s.ClientId == a.Id)));
    }
}

[Collection(SqliteApp.Collection)]
public sealed class RippleMapTests_Sqlite(SqliteApp app) : RippleMapTests(app);

[Collection(PostgresApp.Collection)]
public sealed class RippleMapTests_Postgres(PostgresApp app) : RippleMapTests(app);
