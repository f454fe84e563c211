using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tandem.Data;

namespace Tandem.Bench;

/// <summary>The real app on a throwaway SQLite file, with every SQL command counted.</summary>
public sealed class BenchApp(string folder) : WebApplicationFactory<Program>
{
    public QueryCounter Queries { get; } = new();

    /// <summary>Points the test host at the web project, which it cannot find by itself from a non-test project.</summary>
    public static void LocateWebProject()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tandem.slnx")))
        {
            dir = dir.Parent;
        }

        var web = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Run from the repository."), "src", "Tandem.Web");
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_TANDEM_WEB", web);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(folder, "bench.db")}");
        builder.UseSetting("Audit:KeyFile", Path.Combine(folder, "audit.key"));
        builder.UseSetting("Audit:HeadDirectory", Path.Combine(folder, "heads"));
        builder.UseSetting("Email:Outbox", Path.Combine(folder, "outbox"));
        builder.UseSetting("PublicBaseUrl", "http://localhost");
        builder.UseSetting("SignIn:AttemptsPerMinutePerAddress", "100000");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureServices(services => services.ConfigureDbContext<TandemDbContext>(o => o.AddInterceptors(Queries)));
    }

    public async Task MigrateAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TandemDbContext>().Database.MigrateAsync();
    }
}
