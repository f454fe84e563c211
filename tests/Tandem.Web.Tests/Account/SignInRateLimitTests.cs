using System.Net;
using Microsoft.AspNetCore.Hosting;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Account;

public abstract class SignInRateLimitTests(TandemApp app)
{
    [Fact]
    public async Task Password_guessing_from_one_address_is_slowed()
    {
        await using var strict = app.WithWebHostBuilder(b => b.UseSetting("SignIn:AttemptsPerMinutePerAddress", "3"));
        var session = TandemApp.NewSession(strict);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var response = await session.SubmitAsync("/Account/Login", "form",
                new() { ["Input.Email"] = "someone@demo.tandem.test", ["Input.Password"] = "guess-number-" + i });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}

[Collection(SqliteApp.Collection)]
public sealed class SignInRateLimitTests_Sqlite(SqliteApp app) : SignInRateLimitTests(app);

[Collection(PostgresApp.Collection)]
public sealed class SignInRateLimitTests_Postgres(PostgresApp app) : SignInRateLimitTests(app);
