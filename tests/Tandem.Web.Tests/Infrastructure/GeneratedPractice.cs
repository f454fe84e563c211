using Microsoft.EntityFrameworkCore;
using Tandem.Data;

namespace Tandem.Web.Tests.Infrastructure;

/// <summary>An empty database beside the test app's, with its own audit key and heads, for <c>seed-large</c> to generate a practice into.</summary>
public sealed class GeneratedPractice : IAsyncDisposable
{
    private readonly TandemApp app;
    private readonly string connection;

    private GeneratedPractice(TandemApp app, string connection, string folder)
    {
        this.app = app;
        this.connection = connection;
        Settings = new Dictionary<string, string>
        {
            [app.Provider == DatabaseProvider.Sqlite ? "ConnectionStrings:Sqlite" : "ConnectionStrings:Postgres"] = connection,
            ["Audit:KeyFile"] = Path.Combine(folder, "audit.key"),
            ["Audit:HeadDirectory"] = Path.Combine(folder, "audit-heads"),
        };
    }

    /// <summary>The settings that point the app, or a verb, at this database and its audit files.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    public static async Task<GeneratedPractice> CreateAsync(TandemApp app) =>
        new(app, await app.EmptyDatabaseAsync(), Directory.CreateDirectory(Path.Combine(app.Folder, "generated-" + Guid.NewGuid().ToString("N"))).FullName);

    /// <summary>Runs one of the app's verbs against this database.</summary>
    public Task<(int ExitCode, string Output)> RunAsync(params string[] args) => app.RunCommandAsync(Settings, args);

    public TandemDbContext OpenDatabase()
    {
        var options = new DbContextOptionsBuilder<TandemDbContext>();
        options.UseTandemProvider(app.Provider, connection);
        return new TandemDbContext(options.Options);
    }

    public async ValueTask DisposeAsync() => await app.DropEmptyDatabaseAsync(connection);
}
