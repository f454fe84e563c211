using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Tandem.Browser.Tests.Infrastructure;

/// <summary>
/// The real app, started the way ./run.sh starts it (migrate, seed-demo, serve) on a fresh SQLite file and a free
/// loopback port, with Chromium driving it through Playwright. Each journey class has its own (a class fixture), so no
/// journey finds what another changed and any one runs alone.
/// </summary>
public sealed class DemoServer : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("tandem-browser-").FullName;
    private Process? server;

    public Uri BaseAddress { get; private set; } = null!;
    public string DatabaseFile => Path.Combine(folder, "tandem.db");
    public string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        await RunToEndAsync("migrate");
        await RunToEndAsync("seed-demo");
        server = Start("--urls", BaseAddress.ToString());
        await WaitUntilServingAsync();
    }

    /// <summary>Ends the server the way a power cut or the OOM killer would: SIGKILL, no shutdown, no flushing.</summary>
    public async Task KillAsync()
    {
        server!.Kill();
        await server.WaitForExitAsync();
    }

    /// <summary>Starts serving again on the same database, key and heads, as after a reboot.</summary>
    public async Task RestartAsync()
    {
        server?.Dispose();
        server = Start("--urls", BaseAddress.ToString());
        await WaitUntilServingAsync();
    }

    /// <summary>Runs one of the app's operating verbs, as the operator would on this server's data.</summary>
    public async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var output = new List<string>();
        using var process = Start(output, args);
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, string.Join('\n', output) + await errors);
    }

    public async ValueTask DisposeAsync()
    {
        if (server is { HasExited: false })
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }

        server?.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private async Task RunToEndAsync(string verb)
    {
        using var process = Start(verb);
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{verb}' failed: {await process.StandardError.ReadToEndAsync()}");
        }
    }

    private Process Start(params string[] args) => Start(null, args);

    private Process Start(List<string>? output, params string[] args)
    {
        var web = WebProject();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        info.ArgumentList.Add(Path.Combine(web.Output, "Tandem.Web.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.ArgumentList.Add("--contentRoot");
        info.ArgumentList.Add(web.Project);
        info.Environment["ConnectionStrings__Sqlite"] = $"Data Source={DatabaseFile}";
        info.Environment["Audit__KeyFile"] = Path.Combine(folder, "audit.key");
        info.Environment["Audit__HeadDirectory"] = Path.Combine(folder, "audit-heads");
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["PublicBaseUrl"] = BaseAddress.ToString();
        // Every journey signs in from the same loopback address; the limit itself is tested in the Web suite.
        info.Environment["SignIn__AttemptsPerMinutePerAddress"] = "1000";
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                output?.Add(line.Data);
            }
        };
        process.BeginOutputReadLine();
        return process;
    }

    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        for (var attempt = 0; attempt < 120; attempt++)
        {
            try
            {
                if ((await http.GetAsync("/Account/Login")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException("Tandem did not start serving within 30 seconds.");
    }

    /// <summary>The web project and its build output for this test build's configuration.</summary>
    private static (string Project, string Output) WebProject()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tandem.slnx")))
        {
            dir = dir.Parent;
        }

        var root = dir?.FullName ?? throw new InvalidOperationException("Tandem.slnx not found above the test output.");
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var project = Path.Combine(root, "src", "Tandem.Web");
        return (project, Path.Combine(project, "bin", configuration, "net10.0"));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>
/// The journeys take turns, as one server and one Chromium at a time is what two cores carry without timeouts; each
/// journey class still starts its own <see cref="DemoServer"/>.
/// </summary>
[CollectionDefinition(Name)]
public sealed class JourneyCollection
{
    public const string Name = "Journeys";
}
