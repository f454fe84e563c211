using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Treatment;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Dosing;

/// <summary>
/// A warning only a prescriber can override tells the prescribers who can override it, once per warning, by an email that
/// names nobody and no reading: the case team's prescribers, or the practice's when the team has none.
/// </summary>
public abstract class DoseWarningNoticeTests(TandemApp app)
{
    private const string Subject = "A dosing record waits for a prescriber";

    [Fact]
    public async Task A_warning_waiting_for_an_override_tells_the_team_prescriber_once_and_a_new_warning_tells_again()
    {
        var practice = await app.OwnPracticeAsync();
        var offTeam = await app.StaffAsync(practice, Roles.Clinician, Roles.Prescriber);
        var series = await app.CoupleInSeriesAsync(practice);
        var journey = await app.OnDayAsync(series.First(SessionKind.IndividualJourney, series.A.Id));
        var url = $"/Dosing/{journey.Id}";
        var (maya, sam) = (await app.SignInAsync(practice.Emails["maya"]), await app.SignInAsync(practice.Emails["sam"]));
        Assert.Equal(HttpStatusCode.Redirect, (await DosingForms.OrderAsync(maya, url, series.A.Id, "150")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await DosingForms.RecordAsync(sam, url, series.A.Id, dose: "150")).StatusCode);
        Assert.Empty(Notices(practice.Emails["maya"]));

        Assert.Equal(HttpStatusCode.Redirect, (await DosingForms.VitalsAsync(sam, url, series.A.Id, "09:50", "172", "85")).StatusCode);
        var told = Assert.Single(Notices(practice.Emails["maya"]));
        Assert.Contains($"{url}", told.TextBody, StringComparison.Ordinal);
        foreach (var text in new[] { told.Subject, told.TextBody })
        {
            Assert.DoesNotContain(series.A.FullName.Split(" ")[0], text, StringComparison.Ordinal);
            Assert.DoesNotContain("172", text, StringComparison.Ordinal);
            Assert.DoesNotContain("blood", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("mg", text, StringComparison.Ordinal);
        }

        // Saved again, and the page reloaded, with the same warning waiting: nobody is told twice.
        Assert.Equal(HttpStatusCode.Redirect, (await DosingForms.VitalsAsync(sam, url, series.A.Id, "09:55", "175", "88")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sam.GetAsync(url)).Status);
        Assert.Single(Notices(practice.Emails["maya"]));

        // A different warning, raised from another form: the dose given differs from the order.
        Assert.Equal(HttpStatusCode.Redirect, (await DosingForms.RecordAsync(sam, url, series.A.Id, dose: "175")).StatusCode);
        Assert.Equal(2, Notices(practice.Emails["maya"]).Count);
        Assert.Empty(Notices(practice.Emails["sam"]));
        Assert.Empty(Notices(offTeam));
        Assert.Equal(2, await app.InDatabaseAsync(db => db.DoseWarningNotices.CountAsync(n => n.PracticeId == practice.PracticeId)));
    }

    [Fact]
    public async Task A_case_team_without_a_prescriber_tells_the_practices_prescribers()
    {
        var practice = await app.OwnPracticeAsync();
        var other = await app.StaffAsync(practice, Roles.Prescriber);
        var series = await app.CoupleInSeriesAsync(practice);
        var journey = await app.OnDayAsync(series.First(SessionKind.IndividualJourney, series.A.Id));
        var url = $"/Dosing/{journey.Id}";
        var maya = await app.SignInAsync(practice.Emails["maya"]);
        Assert.Equal(HttpStatusCode.Redirect, (await DosingForms.OrderAsync(maya, url, series.A.Id, "150")).StatusCode);
        await app.InDatabaseAsync(db => db.CaseTeamMembers
            .Where(t => t.CaseId == series.CaseId && db.Users.Any(u => u.Id == t.StaffId && u.Email == practice.Emails["maya"])).ExecuteDeleteAsync());
        var sam = await app.SignInAsync(practice.Emails["sam"]);

        Assert.Equal(HttpStatusCode.Redirect, (await DosingForms.RecordAsync(sam, url, series.A.Id, dose: "150")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await DosingForms.VitalsAsync(sam, url, series.A.Id, "09:50", "172", "85")).StatusCode);

        Assert.Single(Notices(practice.Emails["maya"]));
        Assert.Single(Notices(other));
        Assert.Empty(Notices(practice.Emails["sam"]));
    }

    private List<MimeKit.MimeMessage> Notices(string email) => [.. app.To(email).Where(m => m.Subject == Subject)];
}

[Collection(SqliteApp.Collection)]
public sealed class DoseWarningNoticeTests_Sqlite(SqliteApp app) : DoseWarningNoticeTests(app);

[Collection(PostgresApp.Collection)]
public sealed class DoseWarningNoticeTests_Postgres(PostgresApp app) : DoseWarningNoticeTests(app);
