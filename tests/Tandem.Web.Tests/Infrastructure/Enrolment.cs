using System.Net;

namespace Tandem.Web.Tests.Infrastructure;

/// <summary>Setting up an authenticator through the page, as a person does with the key it shows.</summary>
public static class Enrolment
{
    public const string Url = "/Account/TwoFactor";

    /// <summary>Starts, reads the key shown, types its code (of the next step, unless told); returns the key and the recovery codes shown.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(this TandemApp app, PageSession session, string email, long? step = null)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await session.SubmitAsync(Url, "#begin", [])).StatusCode);
        var page = await session.GetAsync(Url);
        var key = KeyShown(page);
        var confirmed = await session.SubmitAsync(page, Url, "#confirm", new() { ["Input.Code"] = Authenticator.CodeAt(key, step ?? await app.NextStepAsync(email)) });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var shown = new PageSession.Page(confirmed.StatusCode, null, await confirmed.Content.ReadAsStringAsync(), confirmed);
        return (key, [.. shown.Document.QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim())]);
    }

    public static string KeyShown(PageSession.Page page) =>
        (page.Document.QuerySelector("#key") ?? throw new InvalidOperationException("No key shown.")).TextContent.Replace(" ", "", StringComparison.Ordinal);

    /// <summary>The second step of signing in, after the password was taken; the response to the code typed.</summary>
    public static async Task<HttpResponseMessage> CodeAsync(PageSession session, string code) =>
        await session.SubmitAsync(TandemApp.SecondFactor, "#second-factor", new() { ["Input.Code"] = code });

    /// <summary>The password step alone; the session then waits for the code, or is refused.</summary>
    public static async Task<(PageSession Session, HttpResponseMessage Response)> PasswordAsync(this TandemApp app, string email, string password = Demo.DemoPractice.Password)
    {
        var session = app.NewSession();
        var response = await session.SubmitAsync("/Account/Login", "form", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        return (session, response);
    }
}
