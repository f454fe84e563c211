using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Sharing;
using Tandem.Core.Treatment;
using Tandem.Web.Tests.Dosing;
using Tandem.Web.Tests.Infrastructure;
using Tandem.Web.Tests.Register;
using Tandem.Web.Tests.Security;

namespace Tandem.Web.Tests.Integrity;

/// <summary>
/// Two windows on one record: the one opened first is refused with what the record is now and writes nothing, and a
/// change committed at the very moment of a save is refused as well, never overwritten.
/// </summary>
public abstract class ConflictTests(TandemApp app)
{
    [Fact]
    public async Task Who_reads_an_entry_changed_in_another_window_is_not_overwritten()
    {
        var (_, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var ari = await app.SignInAsync(a.Email);
        await ari.SubmitAsync("/Portal/Journal", "#new-entry", new() { ["Input.Body"] = "Two windows", ["Input.Visibility"] = "MeAndMyClinician" });
        var id = await app.InDatabaseAsync(db => db.JournalEntries.Where(j => j.AuthorClientId == a.Id).Select(j => j.Id).SingleAsync());
        var url = $"/Portal/Sharing/JournalEntry/{id}";
        var (first, second) = (await ari.GetAsync(url), await ari.GetAsync(url));
        Assert.Equal(HttpStatusCode.Redirect, (await ari.SubmitAsync(first, url, "#share-form", new() { ["Input.Visibility"] = "MyPartnerAndMyClinician" })).StatusCode);
        var before = await DatabaseSnapshot.TakeAsync(app);

        var stale = await ari.SubmitAsync(second, url, "#share-form", new() { ["Input.Visibility"] = "MeAndMyClinician" });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Who reads this changed since you opened this page: my partner and my clinician, in", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(app));
        var again = await ari.SubmitAsync(url, "#share-form", new() { ["Input.Visibility"] = "MeAndMyClinician" });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(Visibility.MeAndMyClinician, await app.InDatabaseAsync(db => db.Shares.Where(s => s.ItemId == id).Select(s => s.Audience).SingleAsync()));
    }

    [Fact]
    public async Task A_dosing_record_changed_after_the_page_was_opened_is_not_signed_unseen()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var url = $"/Dosing/{(await app.OnDayAsync(series.First(SessionKind.SharedJourney))).Id}";
        var (sam, maya) = (await app.As(app.Demo.Emails["sam"]), await app.As(app.Demo.Emails["maya"]));
        foreach (var person in new[] { series.A, series.B })
        {
            await DosingForms.OrderAsync(maya, url, person.Id, "150");
            await DosingForms.RecordAsync(sam, url, person.Id, dose: "150");
            await DosingForms.WasteRestAsync(sam, url, person.Id, () => app.WitnessAsync(app.Demo, "admin", "Waste.Witness"));
            await DosingForms.VitalsAsync(sam, url, person.Id, "09:50", "120", "80");
            await DosingForms.VitalsAsync(sam, url, person.Id, "10:40", "130", "82");
        }

        var opened = await sam.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await DosingForms.VitalsAsync(maya, url, series.B.Id, "11:10", "150", "88")).StatusCode);
        var before = await DatabaseSnapshot.TakeAsync(app);

        var refused = await sam.SubmitAsync(opened, url, "#sign form", []);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("The record changed since you opened this page", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(app));
        Assert.Equal(HttpStatusCode.Redirect, (await sam.SubmitAsync(url, "#sign form", [])).StatusCode);
    }

    [Fact]
    public async Task A_delete_that_meets_a_change_committed_at_the_same_moment_is_refused_and_deletes_nothing()
    {
        var (_, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var ari = await app.SignInAsync(a.Email);
        await ari.SubmitAsync("/Portal/Preparation", "#add-intention", new() { ["NewIntention.Text"] = "Stay when it gets hard", ["NewIntention.Visibility"] = "OnlyMe" });
        var page = await ari.GetAsync("/Portal/Preparation");
        var before = await DatabaseSnapshot.TakeAsync(app);

        app.Failing.MissNextChangeOf("Intentions");
        var refused = await ari.SubmitAsync(page, "/Portal/Preparation", "#my-intentions form", []);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Changed by someone else at the same moment", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(app));
        Assert.Equal(HttpStatusCode.Redirect, (await ari.SubmitAsync(page, "/Portal/Preparation", "#my-intentions form", [])).StatusCode);
        Assert.False(await app.InDatabaseAsync(db => db.Intentions.AnyAsync(i => i.AuthorClientId == a.Id)));
    }
}

[Collection(SqliteApp.Collection)]
public sealed class ConflictTests_Sqlite(SqliteApp app) : ConflictTests(app);

[Collection(PostgresApp.Collection)]
public sealed class ConflictTests_Postgres(PostgresApp app) : ConflictTests(app);
