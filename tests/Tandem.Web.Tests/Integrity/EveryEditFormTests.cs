using System.Net;
using AngleSharp.Html.Parser;
using Tandem.Web.Tests.Infrastructure;
using Tandem.Web.Tests.Security;

namespace Tandem.Web.Tests.Integrity;

/// <summary>
/// No edit silently lost, for every form there is: each persona clicks through every page they are shown and posts each
/// form there as rendered (and, when that writes nothing, once more filled in, then once more with what it showed changed:
/// an edit form shown with the record as it is writes nothing unchanged). A form whose post changed or
/// removed a row that was already there edits or deletes a record: it must carry the version the page showed
/// (<see cref="RenderedForm.CarriesVersion"/>), and posting the same rendered form again, as a second tab would, must be
/// refused with a message and write nothing; a record the first post deleted may answer not found instead. A form whose
/// post only added rows creates, and a form refused as rendered writes nothing; neither is held to this.
/// Runs on a practice of its own, since it posts everything it finds there. The database is compared as every row of
/// every table but the audit log (<see cref="DatabaseSnapshot.RowsAsync"/>): each post appends to the log, and it is
/// append-only. Nothing else needs leaving out: append-only records (an amendment, a protocol version, a case note) are
/// only ever added, and a form that only adds rows is a create form here.
/// </summary>
public abstract class EveryEditFormTests(TandemApp app)
{
    /// <summary>
    /// The personas of <see cref="ReadOnlyGetTests.Personas"/> and the couple at intake, clients first and the admin last:
    /// the admin's forms turn staff sign-in off and require two-factor sign-in.
    /// </summary>
    private static readonly string[] Personas = ["jordan", "alex", "priya", "tom", "dana", "sasha", "mika", "sam", "maya", "admin"];

    /// <summary>Forms not posted, each with why.</summary>
    private static readonly Dictionary<string, string> NotPosted = new(StringComparer.Ordinal)
    {
        ["/Account/Logout"] = "signs the persona out, which ends the crawl; it edits no record",
    };

    /// <summary>Forms posted after the persona's others: moving a case to another stage changes which forms its pages offer.</summary>
    private static readonly string[] PostedLast = ["/Cases/{id}/Move"];

    /// <summary>How many forms of one kind (<see cref="Shape"/>) each persona tries before giving up on that kind editing.</summary>
    private const int PerKind = 3;

    /// <summary>Edit forms the crawl must reach, written out so that a crawl that stops reaching a page fails rather than passes.</summary>
    private static readonly string[] MustReach =
    [
        "/Portal/Journal/{id}/Edit?handler=Save", "/Portal/Sharing/JournalEntry/{id}?handler=Stop", "/Portal/Measures?handler=Share",
        "/Portal/Intake/{id}?handler=Submit", "/Dosing/{id}?handler=Record", "/Series/Schedule/{id}", "/Integration/Library?handler=Active",
        "/Admin/Staff?id={id}&handler=TurnOff", "/Settings/Rooms?handler=InUse",
        "/Admin/Staff/{id}/Roles", "/Account/TwoFactor?handler=Begin", "/Account/TwoFactor?handler=NewCodes", "/Admin/Staff?id={id}&handler=ResetAuthenticator", "/Settings/StaffSignIn",
        "/Portal/Sharing/JournalEntry/{id}", "/Settings/Texts",
    ];

    private static readonly HtmlParser Parser = new();

    /// <summary>The database as last read: pages opened between posts change no table but the audit log, so it still holds.</summary>
    private Dictionary<string, string>? latest;

    [Fact]
    public async Task Every_form_that_edits_or_deletes_a_record_carries_its_version_and_a_second_post_of_it_is_refused()
    {
        var practice = await app.OwnPracticeAsync();
        var (edits, failures) = (new List<string>(), new List<string>());
        foreach (var persona in Personas)
        {
            var session = await app.SignInAsync(practice.Emails[persona]);
            if (persona == "admin")
            {
                // Otherwise requiring two-factor sign-in of staff would send the admin to set it up, past every form.
                await app.EnrolAsync(session, practice.Emails[persona]);
            }

            // More pages of a shape than the other crawls visit: three case pages stop short of the cases in a series.
            var crawled = await SiteCrawler.CrawlAsync(session, limit: 300, perShape: 12);
            var kinds = crawled
                .Where(visit => visit.Page.Status == HttpStatusCode.OK)
                .SelectMany(visit => RenderedForm.All(visit.Page, visit.Url))
                .Where(form => !NotPosted.ContainsKey(form.Target.Split('?')[0]))
                .GroupBy(Shape)
                .OrderBy(kind => PostedLast.Any(last => kind.Key.StartsWith(last, StringComparison.Ordinal)));
            foreach (var kind in kinds)
            {
                // Up to a few of each kind, until one edits: the first session of a series may be signed, the next not, and
                // the first item's "who reads it" may add a share where the next one's changes it.
                foreach (var shown in kind.Take(PerKind))
                {
                    // The page as it is now: an earlier form may have changed what this one shows, or removed it.
                    if (await shown.ReloadAsync(session) is not { } form)
                    {
                        continue;
                    }

                    // As rendered first; a form refused that way (a required box left empty) is tried again filled in, and
                    // one that wrote nothing either way, with what it showed changed.
                    var wrote = Wrote.Nothing;
                    foreach (var posted in new[] { form, form.FilledIn, form.Changed }.OfType<RenderedForm>())
                    {
                        if ((wrote = await PostTwiceAsync(persona, session, posted, edits, failures)) != Wrote.Nothing)
                        {
                            break;
                        }
                    }

                    if (wrote == Wrote.Edited)
                    {
                        break;
                    }
                }
            }
        }

        var reached = edits.Select(e => SiteCrawler.Ids().Replace(e.Split(' ')[1], "{id}")).ToHashSet(StringComparer.Ordinal);
        Assert.True(MustReach.All(reached.Contains), $"Edit forms not reached: {string.Join(", ", MustReach.Except(reached))}; found: {string.Join("; ", edits)}");
        Assert.True(failures.Count == 0, $"{failures.Count} failures over {edits.Count} edit forms:\n" + string.Join("\n", failures));
    }

    /// <summary>
    /// Posts the form; when that changed or removed a row, checks it carries its version and posts it again, which must be
    /// refused and write nothing. Returns what the first post wrote.
    /// </summary>
    private async Task<Wrote> PostTwiceAsync(string persona, PageSession session, RenderedForm form, List<string> edits, List<string> failures)
    {
        var before = latest ?? await RowsAsync();
        var first = await form.PostAsync(session);
        var afterFirst = await RowsAsync();
        var changed = Changed(before, afterFirst);
        if (first.StatusCode == HttpStatusCode.InternalServerError)
        {
            failures.Add($"{persona}: {form} answered 500");
        }

        if (changed.Count == 0)
        {
            return afterFirst.Count != before.Count ? Wrote.Added : Wrote.Nothing;
        }

        edits.Add($"{persona}: {form}");
        if (!form.CarriesVersion)
        {
            failures.Add($"{persona}: {form} changed {string.Join(", ", changed)} and carries no version");
        }

        var second = await form.PostAsync(session);
        var afterSecond = await RowsAsync();
        // A record the first post deleted is gone: the second answers not found, as for any id that is not the viewer's.
        var deleted = before.Keys.Any(key => !afterFirst.ContainsKey(key));
        if (!(deleted && second.StatusCode == HttpStatusCode.NotFound) && !Refused(second, await second.Content.ReadAsStringAsync()))
        {
            failures.Add($"{persona}: {form} posted again answered {(int)second.StatusCode} {second.Headers.Location} without saying why it was refused");
        }

        if (Changed(afterFirst, afterSecond).Count > 0 || afterSecond.Count != afterFirst.Count)
        {
            failures.Add($"{persona}: {form} posted again wrote to the database");
        }

        return Wrote.Edited;
    }

    private enum Wrote { Nothing, Added, Edited }

    private async Task<Dictionary<string, string>> RowsAsync() => latest = await DatabaseSnapshot.RowsAsync(app);

    /// <summary>Tables with a row the post changed or removed; rows it added do not count.</summary>
    private static List<string> Changed(Dictionary<string, string> before, Dictionary<string, string> after) =>
        [.. before.Where(row => !after.TryGetValue(row.Key, out var now) || now != row.Value).Select(row => row.Key.Split(' ')[0]).Distinct()];

    /// <summary>A page that says what was wrong, rather than a redirect to the next page.</summary>
    private static bool Refused(HttpResponseMessage response, string html) =>
        response.StatusCode == HttpStatusCode.OK
        && Parser.ParseDocument(html).QuerySelectorAll(".validation-summary-errors li, .field-validation-error").Any(e => e.TextContent.Trim().Length > 0);

    /// <summary>One form of each kind per persona: where it posts and the button pressed, ids left out.</summary>
    private static string Shape(RenderedForm form) => SiteCrawler.Ids().Replace(form.Target, "{id}") + " " + form.Button;
}

[Collection(SqliteApp.Collection)]
public sealed class EveryEditFormTests_Sqlite(SqliteApp app) : EveryEditFormTests(app);

[Collection(PostgresApp.Collection)]
public sealed class EveryEditFormTests_Postgres(PostgresApp app) : EveryEditFormTests(app);
