using System.Diagnostics;

namespace Tandem.Web.Tests.Infrastructure;

public static class AppCommands
{
    /// <summary>Runs one of the app's operating verbs as its own process, as an operator would, against this test database.</summary>
    /// <param name="settings">Settings that replace the app's (e.g. another connection string).</param>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(this TandemApp app, IReadOnlyDictionary<string, string>? settings, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Tandem.Web.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in settings is null ? app.Settings : app.Settings.Concat(settings).GroupBy(s => s.Key).Select(g => g.Last()))
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        info.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}
