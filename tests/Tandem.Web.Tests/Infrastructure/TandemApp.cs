using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tandem.Data;
using Tandem.Web.Demo;
using Tandem.Web.Infrastructure.Identity;

namespace Tandem.Web.Tests.Infrastructure;

/// <summary>
/// The real app over a real database of one provider, migrated and seeded with two practices ("demo" and "other").
/// Shared by a whole collection; each persona signs in once, since password hashing is slow on purpose.
/// </summary>
public abstract class TandemApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, SharedSession> sessions = new();
    private string? connectionString;

    public string Folder { get; } = Directory.CreateTempSubdirectory("tandem-test-").FullName;
    public SeededPractice Demo { get; private set; } = null!;
    public SeededPractice Other { get; private set; } = null!;

    public TestClock Clock { get; } = new();
    public FailingWrites Failing { get; } = new();
    public CapturedLogs Logs { get; } = new();
    public SqlCommands Sql { get; } = new();

    public abstract DatabaseProvider Provider { get; }

    protected abstract Task<string> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync(string connection);

    public virtual async ValueTask InitializeAsync()
    {
        connectionString = await CreateDatabaseAsync();
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TandemDbContext>().Database.MigrateAsync();
            Demo = await DemoPractice.SeedAsync(scope.ServiceProvider, "demo", "Demo Practice", withRegister: true);
        }

        await using (var scope = Services.CreateAsyncScope())
        {
            Other = await DemoPractice.SeedAsync(scope.ServiceProvider, "other", "Other Practice");
        }
    }

    /// <summary>A second, empty database beside the app's (e.g. to restore a backup into); drop it with <see cref="DropEmptyDatabaseAsync"/>.</summary>
    public virtual Task<string> EmptyDatabaseAsync() => CreateDatabaseAsync();

    public Task DropEmptyDatabaseAsync(string connection) => DropDatabaseAsync(connection);

    /// <summary>A practice of its own, for a test that changes practice-wide settings other tests read.</summary>
    public async Task<SeededPractice> OwnPracticeAsync()
    {
        var slug = "p" + Guid.NewGuid().ToString("N")[..12];
        await using var scope = Services.CreateAsyncScope();
        return await DemoPractice.SeedAsync(scope.ServiceProvider, slug, $"Practice {slug}");
    }

    /// <summary>The settings that point the app, or one of its command-line verbs, at this test database.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        [Provider == DatabaseProvider.Sqlite ? "ConnectionStrings:Sqlite" : "ConnectionStrings:Postgres"] = connectionString!,
        ["Audit:KeyFile"] = Path.Combine(Folder, "audit.key"),
        ["Audit:HeadDirectory"] = Path.Combine(Folder, "audit-heads"),
        ["Reports:PseudonymKeyFile"] = Path.Combine(Folder, "pseudonym.key"),
        ["Records:ExportDirectory"] = Path.Combine(Folder, "record-exports"),
        ["Email:Outbox"] = Outbox,
        ["PublicBaseUrl"] = "https://localhost",
    };

    public string Outbox => Path.Combine(Folder, "outbox");

    /// <summary>Where sign-in asks for the second factor after the password.</summary>
    public const string SecondFactor = "/Account/SecondFactor";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("SignIn:AttemptsPerMinutePerAddress", "100000");
        builder.UseSetting("Booking:PostsPerHourPerAddress", "100000");
        builder.UseSetting("Reminders:IntervalMinutes", "0");
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.ConfigureDbContext<TandemDbContext>((_, options) => options.AddInterceptors(Failing, Sql));
        });

        // Expected failures (refused forks, lost races) log errors; on the console they would bury the failing test's name.
        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(Logs));
    }

    /// <summary>A browser-like session with its own cookies, over https so <c>__Host-</c> cookies round-trip.</summary>
    public PageSession NewSession() => NewSession(this);

    /// <inheritdoc cref="NewSession()"/>
    public static PageSession NewSession(WebApplicationFactory<Program> host) =>
        new(host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));

    /// <summary>
    /// The persona's shared session; never sign it out (use <see cref="SignInAsync"/> for that). A long run outlasts the
    /// idle sign-out, so a session older than a third of it is replaced by a fresh sign-in.
    /// </summary>
    public Task<PageSession> As(string email)
    {
        var now = Clock.GetUtcNow();
        return sessions.AddOrUpdate(
            email,
            e => new(SignInAsync(e), now),
            (e, held) => now - held.SignedInAt < IdentitySetup.IdleTimeout / 3 ? held : new(SignInAsync(e), now)).Session;
    }

    private sealed record SharedSession(Task<PageSession> Session, DateTimeOffset SignedInAt);

    /// <summary>Signs in with the demo password and, for someone with an authenticator, the next code from it.</summary>
    public async Task<PageSession> SignInAsync(string email)
    {
        var session = NewSession();
        var response = await session.SubmitAsync("/Account/Login", "form", new() { ["Input.Email"] = email, ["Input.Password"] = DemoPractice.Password });
        if (response.Headers.Location?.OriginalString is { } next && next.StartsWith(SecondFactor, StringComparison.Ordinal))
        {
            response = await session.SubmitAsync(next, "form", new() { ["Input.Code"] = await this.NextCodeAsync(email) });
        }

        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"{email} could not sign in: {(int)response.StatusCode}");
        }

        return session;
    }

    /// <summary>The test's own look at (or change to) the database, beside the app: not checked for naming its practice.</summary>
    public async Task<T> InDatabaseAsync<T>(Func<TandemDbContext, Task<T>> work)
    {
        Routing.PracticeStatements.TheTestsOwn();
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TandemDbContext>());
    }

    public async Task InScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (connectionString is not null)
        {
            await DropDatabaseAsync(connectionString);
        }

        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
