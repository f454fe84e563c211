using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Web.Demo;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Register;

/// <summary>Counts taken through the real form: what was found of each lot, keyed by the lot's balance row.</summary>
internal static class RegisterCount
{
    public static async Task<HttpResponseMessage> CountAsync(this TandemApp app, PageSession session, SeededPractice practice, string location,
        Dictionary<Guid, string> found, string kind = "2", string? reason = null, string? witness = null)
    {
        var values = new Dictionary<string, string> { ["Count.Kind"] = kind };
        foreach (var (balance, quantity) in found)
        {
            values[$"Count.Found[{balance}]"] = quantity;
            if (reason is not null)
            {
                values[$"Count.Reason[{balance}]"] = reason;
            }
        }

        if (witness is not null)
        {
            foreach (var (field, value) in await app.WitnessAsync(practice, witness, "Count.Witness"))
            {
                values[field] = value;
            }
        }

        return await session.SubmitAsync($"/Register/Count/{await app.LocationAsync(practice, location)}", "#count", values);
    }

    /// <summary>Requires the practice's weekly count, through the register's settings.</summary>
    public static async Task RequireWeeklyCountsAsync(PageSession prescriber) =>
        Assert.Equal(HttpStatusCode.Redirect, (await prescriber.SubmitAsync("/Register/Stock", "#required-counts", new() { ["requiredCounts"] = "2" })).StatusCode);

    public static Task<Guid> OpenLineAsync(this TandemApp app, SeededPractice practice) =>
        app.InDatabaseAsync(db => db.StockCountLines.Where(l => l.PracticeId == practice.PracticeId && l.Found != l.BookBalance).Select(l => l.Id).SingleAsync());
}

/// <summary>Custodians named and un-named through the admin's form.</summary>
internal static class RegisterCustodians
{
    public static Task<Guid> UserIdAsync(this TandemApp app, string email) =>
        app.InDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    public static async Task NameCustodianAsync(this TandemApp app, SeededPractice practice, string email)
    {
        var admin = await app.As(practice.Emails["admin"]);
        var response = await admin.SubmitAsync("/Register/Custodians", $"#custodian-{await app.UserIdAsync(email)}", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
