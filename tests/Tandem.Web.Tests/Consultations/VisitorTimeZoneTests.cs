using System.Net;
using Tandem.Core.Consultations;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Consultations;

/// <summary>The demo practice works in New York time; a visitor may read the times in their own zone.</summary>
public abstract class VisitorTimeZoneTests(TandemApp app)
{
    [Fact]
    public async Task A_visitor_in_Tokyo_reads_each_time_in_Tokyo_time_and_sees_the_practices_zone_too()
    {
        var visitor = new Visitor(app);
        var slot = await visitor.OpenSlotAsync();
        Assert.True(ConsultationSlot.TryParseKey(slot, out _, out var startUtc));

        // Tokyo keeps UTC+9 all year, so the expected label needs no time-zone library: only the offset, written out.
        var tokyo = startUtc.AddHours(9);
        var expectedClock = $"{(tokyo.Hour % 12 == 0 ? 12 : tokyo.Hour % 12)}:{tokyo.Minute:00} {(tokyo.Hour < 12 ? "AM" : "PM")}";
        var expectedDay = $"{tokyo.DayOfWeek} {tokyo.Day} {MonthNames[tokyo.Month - 1]}";

        var page = await visitor.Session.GetAsync(visitor.BookUrl + "?tz=Asia/Tokyo");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var label = page.Document.QuerySelector($".day input[value='{slot}']")!.ParentElement!;
        Assert.StartsWith(expectedClock + " ", label.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(expectedDay, label.ParentElement!.QuerySelector("h3")!.TextContent);
        Assert.Contains("Choose a time (Asia/Tokyo)", page.Text, StringComparison.Ordinal);
        Assert.Contains("The practice works in America/New_York time.", page.Text, StringComparison.Ordinal);
        Assert.Equal("Asia/Tokyo", page.Document.QuerySelector("#tz option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_chosen_zone_travels_with_the_booking_to_the_private_page()
    {
        var visitor = new Visitor(app);
        var slot = await visitor.OpenSlotAsync(fromTheEnd: 6);
        Assert.True(ConsultationSlot.TryParseKey(slot, out _, out var startUtc));
        var tokyo = startUtc.AddHours(9);
        var url = visitor.BookUrl + "?tz=Asia/Tokyo";

        var booked = await visitor.Session.SubmitAsync(await visitor.Session.GetAsync(url), url, "form.booking", visitor.Couple(slot));
        var manage = await visitor.Session.GetAsync(Visitor.ManageLink(booked));

        var status = manage.Document.QuerySelector("#booking-status")!.TextContent;
        Assert.Contains($"{tokyo.Day} {MonthNames[tokyo.Month - 1]}, {(tokyo.Hour % 12 == 0 ? 12 : tokyo.Hour % 12)}:{tokyo.Minute:00}", status, StringComparison.Ordinal);
        Assert.Contains("(Asia/Tokyo)", status, StringComparison.Ordinal);
        Assert.Contains("in the practice's time (America/New_York)", manage.Text, StringComparison.Ordinal);
    }

    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
}

[Collection(SqliteApp.Collection)]
public sealed class VisitorTimeZoneTests_Sqlite(SqliteApp app) : VisitorTimeZoneTests(app);

[Collection(PostgresApp.Collection)]
public sealed class VisitorTimeZoneTests_Postgres(PostgresApp app) : VisitorTimeZoneTests(app);
