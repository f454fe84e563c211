using System.Net;
using System.Text.RegularExpressions;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Consultations;

/// <summary>The booking form must not tell a stranger whether an email belongs to someone the practice knows.</summary>
public abstract partial class BookingEnumerationTests(TandemApp app)
{
    [Fact]
    public async Task Booking_with_a_clients_or_a_staff_members_email_looks_the_same_as_with_a_new_email()
    {
        var newcomer = new Visitor(app);
        var slot = await newcomer.OpenSlotAsync(fromTheEnd: 5);
        var expected = await WhatTheVisitorSeesAsync(newcomer, slot, newcomer.Email);
        Assert.Contains("Booked:", expected.Booked, StringComparison.Ordinal);
        Assert.Contains("Write a few lines on what you hope for", expected.Refused, StringComparison.Ordinal);

        foreach (var known in new[] { app.Demo.Emails["jordan"], app.Demo.Emails["sam"] })
        {
            var visitor = new Visitor(app);
            var seen = await WhatTheVisitorSeesAsync(visitor, slot, known);
            Assert.Equal(expected.Booked, seen.Booked);
            Assert.Equal(expected.Refused, seen.Refused);
        }
    }

    /// <summary>
    /// The page a refused booking shows, and the page a booking leads to, with what differs between any two visitors
    /// (the email typed, the private link's token, antiforgery tokens, the booking's version) blanked out. The call is
    /// cancelled afterwards, so the next visitor can book the very same time and see the very same page.
    /// </summary>
    private static async Task<(string Refused, string Booked)> WhatTheVisitorSeesAsync(Visitor visitor, string slot, string email)
    {
        var fields = visitor.Couple(slot);
        fields["Input.Email"] = email;
        fields["Input.PartnerEmail"] = "partner-" + visitor.Email;

        var refused = await visitor.BookAsync(new(fields) { ["Input.Hopes"] = "" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedPage = Blank(await refused.Content.ReadAsStringAsync(), email, visitor.Email);

        var link = Visitor.ManageLink(await visitor.BookAsync(fields));
        var token = link.Split('?')[0].Split('/')[^1];
        var booked = await visitor.Session.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, booked.Status);
        var bookedPage = Blank(link + "\n" + booked.Html, token, visitor.Email);

        Assert.Equal(HttpStatusCode.Redirect, (await visitor.Session.SubmitAsync(link, "form[action*=Cancel]", [])).StatusCode);
        return (refusedPage, bookedPage);
    }

    private static string Blank(string html, params string[] secrets)
    {
        foreach (var secret in secrets)
        {
            html = html.Replace(WebUtility.HtmlEncode(secret), "(blank)", StringComparison.Ordinal).Replace(secret, "(blank)", StringComparison.Ordinal);
        }

        return Version().Replace(AntiforgeryToken().Replace(html, "(token)"), "(version)");
    }

    [GeneratedRegex("(?<=name=\"__RequestVerificationToken\" type=\"hidden\" value=\")[^\"]+")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("(?<=name=\"version\" value=\")[^\"]+")]
    private static partial Regex Version();
}

[Collection(SqliteApp.Collection)]
public sealed class BookingEnumerationTests_Sqlite(SqliteApp app) : BookingEnumerationTests(app);

[Collection(PostgresApp.Collection)]
public sealed class BookingEnumerationTests_Postgres(PostgresApp app) : BookingEnumerationTests(app);
