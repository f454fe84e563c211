using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Availability;

public abstract class AvailabilityTests(TandemApp app)
{
    [Fact]
    public async Task Weekly_hours_a_clinician_adds_are_offered_on_the_public_page_and_gone_once_removed()
    {
        var maya = await app.As(app.Other.Emails["maya"]);
        var added = await maya.SubmitAsync("/Availability", "#add-hours",
            new() { ["Hours.Day"] = "6", ["Hours.Start"] = "07:00", ["Hours.End"] = "08:00", ["Hours.SlotMinutes"] = "30" });
        Assert.True(added.StatusCode == HttpStatusCode.Redirect, await added.Content.ReadAsStringAsync());

        var book = await app.NewSession().GetAsync("/p/other/book");
        Assert.Contains("Saturday", book.Text, StringComparison.Ordinal);
        Assert.Contains("7:30 AM", book.Text, StringComparison.Ordinal);

        var hoursId = await app.InDatabaseAsync(db => db.ConsultationHours.Where(h => h.PracticeId == app.Other.PracticeId && h.Day == DayOfWeek.Saturday).Select(h => h.Id).SingleAsync());
        var page = await maya.GetAsync("/Availability");
        var removed = await maya.SubmitAsync(page, "/Availability", $"form:has(input[value='{hoursId}'])", []);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain("Saturday", (await app.NewSession().GetAsync("/p/other/book")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_day_off_takes_that_days_calls_off_the_public_page()
    {
        var before = await app.NewSession().GetAsync("/p/other/book");
        var firstDay = before.Document.QuerySelector("form.booking .day")!;
        var dayName = firstDay.QuerySelector("h3")!.TextContent;
        Assert.True(Tandem.Core.Consultations.ConsultationSlot.TryParseKey(
            firstDay.QuerySelector("input[name='Input.Slot']")!.GetAttribute("value"), out var clinicianId, out var startUtc));
        var owner = await app.InDatabaseAsync(db => db.Users.Where(u => u.Id == clinicianId).Select(u => u.Email!).SingleAsync());
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(startUtc, newYork));

        var response = await (await app.As(owner)).SubmitAsync("/Availability", "#add-override",
            new() { ["Override.Date"] = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["Override.Change"] = "DayOff" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var after = await app.NewSession().GetAsync("/p/other/book");
        Assert.DoesNotContain(dayName, after.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("09:00", "08:00", "20", "The end must leave room for at least one call")]
    [InlineData("09:00", "12:00", "5", "Calls last between 10 and 120 minutes")]
    [InlineData("", "12:00", "20", "Enter a start time like 09:00")]
    [InlineData("nine", "12:00", "20", "is not a valid choice here")]
    public async Task Impossible_hours_get_a_message_and_write_nothing(string start, string end, string minutes, string message)
    {
        var sam = await app.As(app.Demo.Emails["sam"]);
        var before = await app.InDatabaseAsync(db => db.ConsultationHours.CountAsync());

        var response = await sam.SubmitAsync("/Availability", "#add-hours",
            new() { ["Hours.Day"] = "1", ["Hours.Start"] = start, ["Hours.End"] = end, ["Hours.SlotMinutes"] = minutes });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await app.InDatabaseAsync(db => db.ConsultationHours.CountAsync()));
    }

    [Fact]
    public async Task A_clinician_cannot_remove_another_clinicians_hours()
    {
        var samId = await app.UserIdAsync(app.Demo.Emails["sam"]);
        var samsHours = await app.InDatabaseAsync(db => db.ConsultationHours.Where(h => h.ClinicianId == samId).Select(h => h.Id).FirstAsync());
        var maya = await app.As(app.Demo.Emails["maya"]);
        var page = await maya.GetAsync("/Availability");
        var token = page.Document.QuerySelector("#add-hours input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var forged = await maya.PostAsync("/Availability?handler=RemoveHours", [new("__RequestVerificationToken", token), new("id", samsHours.ToString())]);

        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.True(await app.InDatabaseAsync(db => db.ConsultationHours.AnyAsync(h => h.Id == samsHours)));
        Assert.Contains("Tuesday", (await (await app.As(app.Demo.Emails["sam"])).GetAsync("/Availability")).Text, StringComparison.Ordinal);
    }
}

[Collection(SqliteApp.Collection)]
public sealed class AvailabilityTests_Sqlite(SqliteApp app) : AvailabilityTests(app);

[Collection(PostgresApp.Collection)]
public sealed class AvailabilityTests_Postgres(PostgresApp app) : AvailabilityTests(app);
