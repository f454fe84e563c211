using System.Net;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Consultations;

/// <summary>Someone on the practice's public page, without an account.</summary>
public sealed class Visitor(TandemApp app, string slug = "demo")
{
    public PageSession Session { get; } = app.NewSession();
    public string Email { get; } = $"visitor-{Guid.NewGuid():N}@example.test";
    public string BookUrl => $"/p/{slug}/book";

    /// <summary>An open slot's form value; counting from the far end keeps tests from choosing each other's calls.</summary>
    public async Task<string> OpenSlotAsync(int fromTheEnd = 0)
    {
        var page = await Session.GetAsync(BookUrl);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var keys = page.Document.QuerySelectorAll("input[name='Input.Slot']").Select(i => i.GetAttribute("value")!).Distinct().ToList();
        return keys[^(1 + fromTheEnd)];
    }

    public Dictionary<string, string> Couple(string slot) => new()
    {
        ["Input.Slot"] = slot,
        ["Input.Kind"] = "Couple",
        ["Input.FirstName"] = "Robin",
        ["Input.LastName"] = "Hale",
        ["Input.Email"] = Email,
        ["Input.Phone"] = "+1 555 0100",
        ["Input.PartnerFirstName"] = "Kai",
        ["Input.PartnerLastName"] = "Hale",
        ["Input.PartnerEmail"] = "partner-" + Email,
        ["Input.Hopes"] = "We keep having the same fight about feeling unseen and want to stop hurting each other.",
    };

    public Task<HttpResponseMessage> BookAsync(Dictionary<string, string> fields) => Session.SubmitAsync(BookUrl, "form.booking", fields);

    /// <summary>The private manage link the booking redirected to.</summary>
    public static string ManageLink(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }
}
