using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Data.Identity;
using Tandem.Web.Demo;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.CalendarFeeds;

/// <summary>
/// A staff member's private calendar feed: a secret address (at least 128 bits, stored hashed) that a phone subscribes
/// to without signing in, carrying times and rooms but no names and no kinds of care; replaced or stopped by its owner.
/// </summary>
public abstract class CalendarFeedTests(TandemApp app)
{
    private const string Url = "/Calendar";

    [Fact]
    public async Task The_feed_holds_my_sessions_and_calls_with_no_names_or_kinds_of_care()
    {
        var practice = await app.OwnPracticeAsync();
        var (_, address) = await NewAddressAsync(practice);

        var feed = await app.NewSession().GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, feed.Status);
        Assert.Equal("text/calendar", feed.Response.Content.Headers.ContentType?.MediaType);
        var ics = feed.Html;
        Assert.Contains("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.Contains(@"SUMMARY:Session\, Willow room", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Free call", ics, StringComparison.Ordinal);
        Assert.Contains("https://localhost/Agenda?on=", ics, StringComparison.Ordinal);
        foreach (var secret in new[] { "Jordan", "Alex", "Ellis", "Moreno", "Chris", "Adeyemi", "integration", "journey", "ketamine", "dos" })
        {
            Assert.DoesNotContain(secret, ics, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task The_address_carries_at_least_128_random_bits_and_only_its_hash_is_stored()
    {
        var practice = await app.OwnPracticeAsync();
        var (_, address) = await NewAddressAsync(practice);
        var token = address.Split('/')[^1].Replace(".ics", "", StringComparison.Ordinal);
        Assert.True(Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/') + "=").Length >= 16);

        var sam = await app.UserIdAsync(practice.Emails["sam"]);
        var stored = await app.InDatabaseAsync(db => db.CalendarFeeds.Where(f => f.StaffId == sam).Select(f => f.TokenHash).SingleAsync());
        Assert.Equal(Core.SecretTokens.Hash(token), stored);
        Assert.DoesNotContain(token, stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_address_stops_the_old_one_and_a_stopped_address_answers_not_found()
    {
        var practice = await app.OwnPracticeAsync();
        var (sam, first) = await NewAddressAsync(practice);
        var visitor = app.NewSession();

        var page = await sam.GetAsync(Url);
        Assert.Contains("You have a calendar address", page.Text, StringComparison.Ordinal);
        var second = Address(await Post(sam, page, "New"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(first)).Status);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(second)).Status);

        await Post(sam, await sam.GetAsync(Url), "Revoke");
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(second)).Status);
        Assert.Contains("You have no calendar address", (await sam.GetAsync(Url)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_tab_cannot_replace_or_stop_an_address_it_did_not_see()
    {
        var practice = await app.OwnPracticeAsync();
        var (sam, _) = await NewAddressAsync(practice);
        var (tab1, tab2) = (await sam.GetAsync(Url), await sam.GetAsync(Url));
        var current = Address(await Post(sam, tab1, "New"));

        foreach (var handler in new[] { "New", "Revoke" })
        {
            var refused = await Post(sam, tab2, handler);
            Assert.Contains("changed since you opened this page", refused.Text, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await app.NewSession().GetAsync(current)).Status);
        }
    }

    [Fact]
    public async Task A_staff_member_whose_sign_in_is_turned_off_has_no_feed()
    {
        var practice = await app.OwnPracticeAsync();
        var (_, address) = await NewAddressAsync(practice);
        var email = practice.Emails["sam"];
        await app.InDatabaseAsync(db => db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnd, TandemUser.TurnedOff)));
        Assert.Equal(HttpStatusCode.NotFound, (await app.NewSession().GetAsync(address)).Status);
    }

    private async Task<(PageSession Sam, string Address)> NewAddressAsync(SeededPractice practice)
    {
        var sam = await app.SignInAsync(practice.Emails["sam"]);
        var page = await sam.GetAsync(Url);
        Assert.Contains("You have no calendar address", page.Text, StringComparison.Ordinal);
        return (sam, Address(await Post(sam, page, "New")));
    }

    private static async Task<PageSession.Page> Post(PageSession session, PageSession.Page page, string handler)
    {
        var response = await session.SubmitAsync(page, Url, $"form[action$='handler={handler}']", []);
        return new PageSession.Page(response.StatusCode, response.Headers.Location?.ToString(), await response.Content.ReadAsStringAsync(), response);
    }

    private static string Address(PageSession.Page page) =>
        new Uri((page.Document.QuerySelector("#feed-address input") ?? throw new InvalidOperationException("No new address on the page.")).GetAttribute("value")!).PathAndQuery;
}

[Collection(SqliteApp.Collection)]
public sealed class CalendarFeedTests_Sqlite(SqliteApp app) : CalendarFeedTests(app);

[Collection(PostgresApp.Collection)]
public sealed class CalendarFeedTests_Postgres(PostgresApp app) : CalendarFeedTests(app);
