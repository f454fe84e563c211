using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Web.Infrastructure;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Integrity;

/// <summary>A record belongs to its day: a planned session is never moved into the past.</summary>
public abstract class RecordDayTests(TandemApp app)
{
    [Fact]
    public async Task A_session_cannot_be_moved_into_the_past()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var sam = await app.As(app.Demo.Emails["sam"]);
        var url = $"/Series/{series.CaseId}";
        var session = series.Sessions.OrderBy(s => s.Date).First();
        var today = await app.InDatabaseAsync(db => db.PracticeTodayAsync(app.Demo.PracticeId, app.Clock));
        var before = await Security.DatabaseSnapshot.TakeAsync(app);

        var moved = await sam.SubmitAsync(await sam.GetAsync(url), url, $"form[action*=Move]:has(input[name=number][value='{session.Number}'])",
            new() { ["date"] = today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Contains("A session cannot be moved into the past", await moved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await Security.DatabaseSnapshot.TakeAsync(app));
        var allowed = await sam.SubmitAsync(await sam.GetAsync(url), url, $"form[action*=Move]:has(input[name=number][value='{session.Number}'])",
            new() { ["date"] = session.Date.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
    }
}

[Collection(SqliteApp.Collection)]
public sealed class RecordDayTests_Sqlite(SqliteApp app) : RecordDayTests(app);

[Collection(PostgresApp.Collection)]
public sealed class RecordDayTests_Postgres(PostgresApp app) : RecordDayTests(app);
