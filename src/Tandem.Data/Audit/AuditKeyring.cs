using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Tandem.Core.Audit;

namespace Tandem.Data.Audit;

/// <summary>Loads the chain key from configuration or its key file, creating the file on first use.</summary>
public sealed class AuditKeyring(IOptions<AuditOptions> options)
{
    private readonly Lazy<AuditChain> chain = new(() => new AuditChain(LoadKey(options.Value)));

    public AuditChain Chain => chain.Value;

    private static byte[] LoadKey(AuditOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.Key))
        {
            return Convert.FromBase64String(options.Key);
        }

        var path = Path.GetFullPath(options.KeyFile);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var created = RandomNumberGenerator.GetBytes(32);
            try
            {
                using var stream = new FileStream(path, OwnerOnly());
                using var writer = new StreamWriter(stream);
                writer.Write(Convert.ToBase64String(created));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first; use theirs.
            }
        }

        return Convert.FromBase64String(File.ReadAllText(path).Trim());
    }

    private static FileStreamOptions OwnerOnly()
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return options;
    }
}
