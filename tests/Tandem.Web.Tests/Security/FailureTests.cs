using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Treatment;
using Tandem.Web.Demo;
using Tandem.Web.Tests.Dosing;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Security;

public abstract class FailureTests(TandemApp app)
{
    [Fact]
    public async Task A_failure_half_way_through_a_clinical_save_writes_nothing_and_shows_a_plain_error_page()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var url = $"/Dosing/{(await app.OnDayAsync(series.First(SessionKind.SharedJourney))).Id}";
        var sam = await app.As(app.Demo.Emails["sam"]);
        await DosingForms.OrderAsync(await app.As(app.Demo.Emails["maya"]), url, series.A.Id, "200");

        var loaded = await sam.GetAsync(url);
        app.Failing.FailNextInsertInto("AuditEvents");
        var failed = await DosingForms.RecordAsync(sam, url, series.A.Id, dose: "200", loaded: loaded);
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        var body = await failed.Content.ReadAsStringAsync();
        Assert.Contains("Something went wrong", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Injected failure", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.Null(await DoseAsync(series.A.Id));

        Assert.Equal(HttpStatusCode.Redirect, (await DosingForms.RecordAsync(sam, url, series.A.Id, dose: "200")).StatusCode);
        loaded = await sam.GetAsync(url);
        app.Failing.FailNextInsertInto("AuditEvents");
        Assert.Equal(HttpStatusCode.InternalServerError, (await DosingForms.VitalsAsync(sam, url, series.A.Id, "10:40", "130", "82", loaded)).StatusCode);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.VitalsReadings.CountAsync(v => db.DosingRecords.Any(r => r.Id == v.DosingRecordId && r.ClientId == series.A.Id))));
        Assert.Equal(200m, await DoseAsync(series.A.Id));
    }

    private Task<decimal?> DoseAsync(Guid clientId) =>
        app.InDatabaseAsync(db => db.DosingRecords.Where(r => r.ClientId == clientId).Select(r => r.DoseMg).SingleOrDefaultAsync());

    [Fact]
    public async Task The_logs_carry_no_names_emails_passwords_or_tokens()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var url = $"/Dosing/{(await app.OnDayAsync(series.First(SessionKind.SharedJourney))).Id}";
        await DosingForms.OrderAsync(await app.As(app.Demo.Emails["maya"]), url, series.A.Id, "200");
        var sam = await app.As(app.Demo.Emails["sam"]);
        var loaded = await sam.GetAsync(url);
        app.Failing.FailNextInsertInto("AuditEvents");
        await DosingForms.RecordAsync(sam, url, series.A.Id, dose: "200", loaded: loaded);
        await app.NewSession().SubmitAsync("/Account/Login", "form", new() { ["Input.Email"] = series.B.Email, ["Input.Password"] = "a-wrong-password-1" });

        var logs = string.Join('\n', app.Logs.Lines);
        Assert.Contains("Injected failure", logs, StringComparison.Ordinal);
        var secrets = new[] { series.A.Email, series.B.Email, series.A.FullName, "Jordan Ellis", "jordan@demo.tandem.test", DemoPractice.Password, "a-wrong-password-1" };
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, logs, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotMatch(@"[?&](token|code)=[A-Za-z0-9_\-]{16,}", logs);
    }
}

[Collection(SqliteApp.Collection)]
public sealed class FailureTests_Sqlite(SqliteApp app) : FailureTests(app);

[Collection(PostgresApp.Collection)]
public sealed class FailureTests_Postgres(PostgresApp app) : FailureTests(app);
