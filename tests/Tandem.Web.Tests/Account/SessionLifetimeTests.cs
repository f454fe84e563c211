using System.Net;
using Tandem.Web.Infrastructure.Identity;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Account;

/// <summary>HIPAA automatic logoff: an idle session ends, and so does any session past its absolute lifetime.</summary>
public abstract class SessionLifetimeTests(TandemApp app)
{
    [Fact]
    public async Task An_idle_session_ends()
    {
        var session = await app.SignInAsync(app.Demo.Emails["maya"]);
        try
        {
            app.Clock.Advance(IdentitySetup.IdleTimeout - TimeSpan.FromMinutes(1));
            Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/Dashboard")).Status);

            app.Clock.Advance(IdentitySetup.IdleTimeout + TimeSpan.FromMinutes(1));
            var expired = await session.GetAsync("/Dashboard");
            Assert.Equal(HttpStatusCode.Redirect, expired.Status);
            Assert.Contains("/Account/Login", expired.Location, StringComparison.Ordinal);
        }
        finally
        {
            app.Clock.Reset();
        }
    }

    /// <summary>The suite's shared persona sessions run on real time too: a long run must not find them signed out.</summary>
    [Fact]
    public async Task A_personas_shared_session_is_still_signed_in_after_the_idle_timeout()
    {
        await app.As(app.Demo.Emails["jordan"]);
        try
        {
            app.Clock.Advance(IdentitySetup.IdleTimeout + TimeSpan.FromMinutes(1));
            Assert.Equal(HttpStatusCode.OK, (await (await app.As(app.Demo.Emails["jordan"])).GetAsync("/Portal")).Status);
        }
        finally
        {
            app.Clock.Reset();
        }
    }

    [Fact]
    public async Task A_busy_session_still_ends_at_its_absolute_lifetime()
    {
        var session = await app.SignInAsync(app.Demo.Emails["maya"]);
        try
        {
            var step = TimeSpan.FromMinutes(20);
            var elapsed = TimeSpan.Zero;
            while (elapsed + step < IdentitySetup.AbsoluteLifetime)
            {
                app.Clock.Advance(step);
                elapsed += step;
                Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/Dashboard")).Status);
            }

            app.Clock.Advance(step);
            var expired = await session.GetAsync("/Dashboard");
            Assert.Equal(HttpStatusCode.Redirect, expired.Status);
            Assert.Contains("/Account/Login", expired.Location, StringComparison.Ordinal);
        }
        finally
        {
            app.Clock.Reset();
        }
    }
}

[Collection(SqliteApp.Collection)]
public sealed class SessionLifetimeTests_Sqlite(SqliteApp app) : SessionLifetimeTests(app);

[Collection(PostgresApp.Collection)]
public sealed class SessionLifetimeTests_Postgres(PostgresApp app) : SessionLifetimeTests(app);
