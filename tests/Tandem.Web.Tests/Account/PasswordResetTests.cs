using System.Net;
using System.Text.RegularExpressions;
using Tandem.Web.Demo;
using Tandem.Web.Pages.Account;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Account;

public abstract partial class PasswordResetTests(TandemApp app)
{
    private const string NewPassword = "a river of quiet stones";

    [Fact]
    public async Task A_known_and_an_unknown_address_get_the_same_answer_and_only_the_account_gets_a_link()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var unknown = $"nobody-{Guid.NewGuid():N}@example.test";

        var known = await AskAsync(series.A.Email);
        var nobody = await AskAsync(unknown);

        Assert.Equal(HttpStatusCode.OK, known.Status);
        Assert.Equal(ForgotPasswordModel.Answer, known.Document.QuerySelector("#sent")?.TextContent);
        Assert.Equal(known.Document.QuerySelector("main")!.TextContent, nobody.Document.QuerySelector("main")!.TextContent);
        var email = Assert.Single(app.To(series.A.Email));
        Assert.DoesNotContain("ketamine", email.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(app.To(unknown));
    }

    [Fact]
    public async Task The_link_sets_a_new_password_once_ends_open_sessions_and_refuses_a_weak_one()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var open = await app.SignInAsync(series.A.Email);
        await AskAsync(series.A.Email);
        var link = new Uri(Link().Match(Assert.Single(app.To(series.A.Email)).TextBody ?? "").Value).PathAndQuery;
        var visitor = app.NewSession();

        var weak = await visitor.SubmitAsync(link, "#reset", new() { ["Input.Password"] = "password1234", ["Input.ConfirmPassword"] = "password1234" });
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("field-error", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var set = await visitor.SubmitAsync(link, "#reset", new() { ["Input.Password"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await open.GetAsync("/Portal")).Status);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(series.A.Email, DemoPractice.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(series.A.Email, NewPassword)).StatusCode);

        var again = await app.NewSession().GetAsync(link);
        Assert.NotNull(again.Document.QuerySelector("#dead-link"));
        Assert.Null(again.Document.QuerySelector("#reset"));
        Assert.NotNull((await app.NewSession().GetAsync($"/Account/Reset/{Guid.NewGuid()}/not-a-token")).Document.QuerySelector("#dead-link"));
    }

    [Fact]
    public async Task An_account_whose_sign_in_is_turned_off_gets_no_link()
    {
        var practice = await app.OwnPracticeAsync();
        var admin = await app.As(practice.Emails["admin"]);
        var staff = await admin.GetAsync("/Admin/Staff");
        var row = staff.Document.QuerySelectorAll("#staff tbody tr").Single(r => r.TextContent.Contains("Sam", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(staff, "/Admin/Staff", $"#staff form[action='{row.QuerySelector("form")!.GetAttribute("action")}']", [])).StatusCode);

        await AskAsync(practice.Emails["sam"]);
        Assert.Empty(app.To(practice.Emails["sam"]));
    }

    private async Task<PageSession.Page> AskAsync(string email)
    {
        var session = app.NewSession();
        var response = await session.SubmitAsync("/Account/ForgotPassword", "#forgot", new() { ["Input.Email"] = email });
        return new PageSession.Page(response.StatusCode, null, await response.Content.ReadAsStringAsync(), response);
    }

    private Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        app.NewSession().SubmitAsync("/Account/Login", "form", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    [GeneratedRegex(@"https?://\S+/Account/Reset/\S+")]
    private static partial Regex Link();
}

[Collection(SqliteApp.Collection)]
public sealed class PasswordResetTests_Sqlite(SqliteApp app) : PasswordResetTests(app);

[Collection(PostgresApp.Collection)]
public sealed class PasswordResetTests_Postgres(PostgresApp app) : PasswordResetTests(app);
