using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Tandem.Data.Backup;

/// <summary>
/// Backs up and restores the whole database with the database's own online tools: SQLite's backup API, which copies a
/// consistent snapshot while the app keeps serving, and PostgreSQL's <c>pg_dump</c> / <c>pg_restore</c>.
/// </summary>
/// <param name="postgresBin">The folder holding pg_dump and pg_restore; null to find them on the PATH.</param>
public sealed class DatabaseBackup(DatabaseProvider provider, string connectionString, string? postgresBin = null)
{
    public async Task BackupAsync(string file, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        if (provider == DatabaseProvider.Sqlite)
        {
            await CopyAsync(connectionString, new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ConnectionString, cancellationToken);
            return;
        }

        await RunAsync("pg_dump", ["--format=custom", "--no-owner", $"--file={file}"], cancellationToken);
    }

    /// <summary>Replaces everything in the database with the backup's contents.</summary>
    public async Task RestoreAsync(string file, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(file))
        {
            throw new FileNotFoundException("No backup at that path.", file);
        }

        if (provider == DatabaseProvider.Sqlite)
        {
            await CopyAsync(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString, connectionString, cancellationToken);
            return;
        }

        await RunAsync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", file], cancellationToken);
    }

    private static async Task CopyAsync(string from, string to, CancellationToken cancellationToken)
    {
        await using var source = new SqliteConnection(from);
        await using var destination = new SqliteConnection(to);
        await source.OpenAsync(cancellationToken);
        await destination.OpenAsync(cancellationToken);
        source.BackupDatabase(destination);
    }

    private async Task RunAsync(string tool, string[] arguments, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var info = new ProcessStartInfo(postgresBin is null ? tool : Path.Combine(postgresBin, tool)) { RedirectStandardError = true };
        info.ArgumentList.Add($"--dbname={target.Database}");
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // libpq reads the server and credentials from the environment, which keeps the password off the command line.
        info.Environment["PGHOST"] = target.Host;
        info.Environment["PGPORT"] = target.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["PGUSER"] = target.Username;
        if (target.Password is { } password)
        {
            info.Environment["PGPASSWORD"] = password;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var errors = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {errors.Trim()}");
        }
    }
}
