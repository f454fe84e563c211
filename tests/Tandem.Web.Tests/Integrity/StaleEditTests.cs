using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Treatment;
using Tandem.Web.Tests.Dosing;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Integrity;

/// <summary>No edit silently lost: a form opened before someone else saved is refused with what changed, and writes nothing.</summary>
public abstract class StaleEditTests(TandemApp app)
{
    private const string FollowUpForm = "form:has(textarea[name=Action])";

    [Fact]
    public async Task A_dose_order_changed_in_another_window_is_not_overwritten()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var url = $"/Dosing/{series.First(SessionKind.IndividualJourney, series.A.Id).Id}";
        var maya = await app.As(app.Demo.Emails["maya"]);
        Assert.Equal(HttpStatusCode.Redirect, (await DosingForms.OrderAsync(maya, url, series.A.Id, "150")).StatusCode);

        var first = await maya.GetAsync(url);
        var other = await SecondPrescriberAsync(series);
        var second = await other.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await maya.SubmitAsync(first, url, $"#person-{series.A.Id} form.order-form", new() { ["Order.Mg"] = "200" })).StatusCode);
        var before = await Security.DatabaseSnapshot.TakeAsync(app);

        var stale = await other.SubmitAsync(second, url, $"#person-{series.A.Id} form.order-form", new() { ["Order.Mg"] = "300" });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var page = await stale.Content.ReadAsStringAsync();
        Assert.Contains("The dose order was changed since you opened this page", page, StringComparison.Ordinal);
        Assert.Contains("200 mg", page, StringComparison.Ordinal);
        Assert.Equal(before, await Security.DatabaseSnapshot.TakeAsync(app));
        Assert.Equal(200m, await app.InDatabaseAsync(db => db.DoseOrders.Where(o => o.ClientId == series.A.Id).Select(o => o.Mg).SingleAsync()));
    }

    [Fact]
    public async Task A_first_dose_order_written_in_another_window_is_not_overwritten()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var url = $"/Dosing/{series.First(SessionKind.IndividualJourney, series.A.Id).Id}";
        var maya = await app.As(app.Demo.Emails["maya"]);
        var other = await SecondPrescriberAsync(series);
        var second = await other.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await DosingForms.OrderAsync(maya, url, series.A.Id, "150")).StatusCode);

        var stale = await other.SubmitAsync(second, url, $"#person-{series.A.Id} form.order-form", new() { ["Order.Mg"] = "300" });
        Assert.Contains("The dose order was changed since you opened this page", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(150m, await app.InDatabaseAsync(db => db.DoseOrders.Where(o => o.ClientId == series.A.Id).Select(o => o.Mg).SingleAsync()));
    }

    [Fact]
    public async Task A_check_in_saved_in_another_window_is_not_overwritten()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var given = await app.PracticesGivenAsync(app.Demo, series);
        var ari = await app.SignInAsync(series.A.Email);
        const string form = "#check-in";
        var (first, second) = (await ari.GetAsync("/Portal/Practices"), await ari.GetAsync("/Portal/Practices"));
        var (p, other) = (Practices.HomePracticeLogTests.Prefix(first, given[0].Id), Practices.HomePracticeLogTests.Prefix(first, given[1].Id));
        Assert.Equal(HttpStatusCode.Redirect, (await ari.SubmitAsync(first, "/Portal/Practices", form, new()
        {
            [$"{p}.Done"] = "true", [$"{p}.HowItWent"] = "4", [$"{p}.Note"] = "Paused before answering.",
        })).StatusCode);
        var before = await Security.DatabaseSnapshot.TakeAsync(app);

        var stale = await ari.SubmitAsync(second, "/Portal/Practices", form, new()
        {
            [$"{p}.Done"] = "false", [$"{other}.Done"] = "true", [$"{other}.HowItWent"] = "3",
        });
        var page = await stale.Content.ReadAsStringAsync();
        Assert.Contains("was saved from another window since you opened this page: done, how it went 4 of 5, “Paused before answering.”", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Equal(before, await Security.DatabaseSnapshot.TakeAsync(app));
        var again = await ari.SubmitAsync("/Portal/Practices", form, new() { [$"{p}.Done"] = "false" });
        Assert.True(again.StatusCode == HttpStatusCode.Redirect, System.Net.WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        Assert.False(await app.InDatabaseAsync(db => db.HomePracticeCheckIns.Where(c => c.ClientId == series.A.Id).Select(c => c.Done).SingleAsync()));
    }

    [Fact]
    public async Task A_journal_entry_edited_in_another_window_is_not_deleted_from_a_stale_one()
    {
        var (_, a, _) = await app.CoupleWithLoginsAsync(app.Demo, Core.Cases.CaseStage.Preparation, "sam");
        var ari = await app.SignInAsync(a.Email);
        await ari.SubmitAsync("/Portal/Journal", "#new-entry", new() { ["Input.Body"] = "first words", ["Input.Visibility"] = "OnlyMe" });
        var id = await app.InDatabaseAsync(db => db.JournalEntries.Where(j => j.AuthorClientId == a.Id).Select(j => j.Id).SingleAsync());
        var edit = $"/Portal/Journal/{id}/Edit";
        var (stale, fresh) = (await ari.GetAsync(edit), await ari.GetAsync(edit));
        Assert.Equal(HttpStatusCode.Redirect, (await ari.SubmitAsync(fresh, edit, "#edit-entry", new() { ["Input.Body"] = "second thoughts" })).StatusCode);

        var refused = await ari.SubmitAsync(stale, edit, "#delete-entry", []);
        Assert.Contains("changed elsewhere", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("second thoughts", await app.InDatabaseAsync(db => db.JournalEntries.Where(j => j.Id == id).Select(j => j.Body).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await ari.SubmitAsync(edit, "#delete-entry", [])).StatusCode);
        Assert.False(await app.InDatabaseAsync(db => db.JournalEntries.AnyAsync(j => j.Id == id)));
    }

    [Fact]
    public async Task A_safety_alert_followed_up_in_another_window_keeps_the_first_follow_up()
    {
        var (caseId, a, _) = await app.CoupleWithLoginsAsync(app.Demo, Core.Cases.CaseStage.Intake, "sam");
        var ari = await app.SignInAsync(a.Email);
        await Intake.IntakeFiller.SubmitAsync(ari, caseId);
        var phq = (await ari.GetAsync("/Portal")).Document.QuerySelectorAll("#questionnaires-due a").Single(l => l.TextContent == "PHQ-9").GetAttribute("href")!;
        await ari.SubmitAsync(phq, "form.questionnaire", new() { ["item9"] = "2", ["submit"] = "false" });
        var url = $"/Alerts/{await app.InDatabaseAsync(db => db.SafetyAlerts.Where(s => s.ClientId == a.Id).Select(s => s.Id).SingleAsync())}";
        var (sam, maya) = (await app.As(app.Demo.Emails["sam"]), await app.As(app.Demo.Emails["maya"]));
        var (first, second) = (await sam.GetAsync(url), await maya.GetAsync(url));
        Assert.Equal(HttpStatusCode.Redirect, (await sam.SubmitAsync(first, url, FollowUpForm, new() { ["Action"] = "Called Ari; a safety plan is agreed for tonight." })).StatusCode);
        var before = await Security.DatabaseSnapshot.TakeAsync(app);

        var stale = await maya.SubmitAsync(second, url, FollowUpForm, new() { ["Action"] = "Left a voicemail." });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var page = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Contains("Someone already recorded the follow-up", page, StringComparison.Ordinal);
        Assert.Contains("Called Ari; a safety plan is agreed for tonight.", page, StringComparison.Ordinal);
        Assert.Equal(before, await Security.DatabaseSnapshot.TakeAsync(app));
    }

    [Fact]
    public async Task A_session_moved_in_another_window_is_not_moved_again_from_a_stale_one()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var sam = await app.As(app.Demo.Emails["sam"]);
        var url = $"/Series/{series.CaseId}";
        var session = series.Sessions.OrderBy(s => s.Date).First();
        var form = $"form[action*=Move]:has(input[name=number][value='{session.Number}'])";
        var (first, second) = (await sam.GetAsync(url), await sam.GetAsync(url));
        var moved = session.Date.AddDays(1);
        Assert.Equal(HttpStatusCode.Redirect, (await sam.SubmitAsync(first, url, form, new() { ["date"] = moved.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) })).StatusCode);
        var before = await Security.DatabaseSnapshot.TakeAsync(app);

        var stale = await sam.SubmitAsync(second, url, form, new() { ["date"] = session.Date.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains($"Session {session.Number} changed since you opened this page: it is on {moved.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-US"))}",
            WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await Security.DatabaseSnapshot.TakeAsync(app));
    }

    /// <summary>Another prescriber on the case team, as when two open the same session.</summary>
    private async Task<PageSession> SecondPrescriberAsync(SeriesCase series)
    {
        var email = await app.StaffAsync(app.Demo, Roles.Clinician, Roles.Prescriber);
        var id = await app.UserIdAsync(email);
        await app.InDatabaseAsync(async db =>
        {
            db.CaseTeamMembers.Add(new Core.Cases.CaseTeamMember { PracticeId = app.Demo.PracticeId, CaseId = series.CaseId, StaffId = id, AddedById = id });
            return await db.SaveChangesAsync();
        });
        return await app.SignInAsync(email);
    }
}

[Collection(SqliteApp.Collection)]
public sealed class StaleEditTests_Sqlite(SqliteApp app) : StaleEditTests(app);

[Collection(PostgresApp.Collection)]
public sealed class StaleEditTests_Postgres(PostgresApp app) : StaleEditTests(app);
