using System.Security.Cryptography;

namespace Tandem.Web.Pages.Reports;

/// <summary>Where the pseudonym key lives: outside the database, like the audit key, so the database alone cannot undo a pseudonym.</summary>
public sealed class ReportOptions
{
    /// <summary>The key, base64; when empty, the key file is used (made on first use).</summary>
    public string? PseudonymKey { get; set; }
    public string PseudonymKeyFile { get; set; } = "data/pseudonym.key";
}

/// <summary>
/// The key behind <see cref="Core.Measures.Pseudonym"/>. Made on first use; keep it with the audit key's backup, since a
/// new key gives every client a new pseudonym and breaks the link between exports made before and after.
/// </summary>
public sealed class PseudonymKey(Microsoft.Extensions.Options.IOptions<ReportOptions> options)
{
    private readonly Lazy<byte[]> key = new(() => Load(options.Value));

    public byte[] Value => key.Value;

    private static byte[] Load(ReportOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.PseudonymKey))
        {
            return Convert.FromBase64String(options.PseudonymKey);
        }

        var path = Path.GetFullPath(options.PseudonymKeyFile);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            try
            {
                var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                using var writer = new StreamWriter(new FileStream(path, create));
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process made it first; use theirs.
            }
        }

        return Convert.FromBase64String(File.ReadAllText(path).Trim());
    }
}
