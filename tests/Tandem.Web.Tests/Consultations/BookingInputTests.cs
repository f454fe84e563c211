using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Consultations;

public abstract class BookingInputTests(TandemApp app)
{
    [Theory]
    [InlineData("Input.FirstName", "", "Enter your first name")]
    [InlineData("Input.Email", "not-an-email", "Enter an email address like name@example.com")]
    [InlineData("Input.Phone", "call me maybe", "Enter a phone number with digits")]
    [InlineData("Input.PartnerEmail", "", "Enter your partner&#x27;s email address")]
    [InlineData("Input.Hopes", "", "Write a few lines on what you hope for")]
    [InlineData("Input.Kind", "Throuple", "is not a valid choice here")]
    public async Task Bad_input_gets_a_message_beside_the_field_and_writes_nothing(string field, string value, string message)
    {
        var visitor = new Visitor(app);
        var fields = visitor.Couple(await visitor.OpenSlotAsync());
        fields[field] = value;

        var response = await visitor.BookAsync(fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNothingWrittenAsync(visitor);
    }

    [Fact]
    public async Task An_over_long_text_is_refused_with_a_message()
    {
        var visitor = new Visitor(app);
        var fields = visitor.Couple(await visitor.OpenSlotAsync());
        fields["Input.Hopes"] = new string('x', 2001);

        var response = await visitor.BookAsync(fields);

        Assert.Contains("Keep this under 2000 characters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNothingWrittenAsync(visitor);
    }

    [Theory]
    [InlineData("past", "That time has already passed")]
    [InlineData("unknown", "That time is not offered")]
    [InlineData("garbage", "Choose one of the times listed")]
    public async Task A_time_that_is_not_open_gets_a_clear_message(string kind, string message)
    {
        var visitor = new Visitor(app);
        var open = await visitor.OpenSlotAsync();
        var clinician = open.Split('-')[0];
        var slot = kind switch
        {
            "past" => $"{clinician}-{DateTime.UtcNow.AddDays(-1).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}1400",
            "unknown" => $"{clinician}-{DateTime.UtcNow.AddDays(3).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}0317",
            _ => "tomorrow-at-noon",
        };

        var response = await visitor.BookAsync(visitor.Couple(slot));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNothingWrittenAsync(visitor);
    }

    [Fact]
    public async Task A_filled_honeypot_writes_nothing_and_reveals_nothing()
    {
        var visitor = new Visitor(app);
        var fields = visitor.Couple(await visitor.OpenSlotAsync());
        fields["Input.Website"] = "http://spam.example";

        var response = await visitor.BookAsync(fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("received=True", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        await AssertNothingWrittenAsync(visitor);
    }

    [Fact]
    public async Task Booking_posts_from_one_address_are_limited()
    {
        await using var strict = app.WithWebHostBuilder(b => b.UseSetting("Booking:PostsPerHourPerAddress", "2"));
        var session = TandemApp.NewSession(strict);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var response = await session.SubmitAsync("/p/demo/book", "form.booking", new() { ["Input.FirstName"] = "" });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    private async Task AssertNothingWrittenAsync(Visitor visitor)
    {
        Assert.Equal(0, await app.InDatabaseAsync(db => db.Prospects.CountAsync(p => p.Email == visitor.Email)));
        Assert.Empty(app.To(visitor.Email));
    }
}

[Collection(SqliteApp.Collection)]
public sealed class BookingInputTests_Sqlite(SqliteApp app) : BookingInputTests(app);

[Collection(PostgresApp.Collection)]
public sealed class BookingInputTests_Postgres(PostgresApp app) : BookingInputTests(app);
