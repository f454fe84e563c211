using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Tandem.Core.Audit;

namespace Tandem.Data.Audit;

/// <summary>
/// Loads the chain key from configuration or its key file. The key file is made only for the very first entry
/// (<see cref="CreateFirstKey"/>): a key that goes missing while entries exist is reported as missing, never replaced,
/// since a new key could neither check the old entries nor continue their chain.
/// </summary>
public sealed class AuditKeyring(IOptions<AuditOptions> options)
{
    private readonly Lock gate = new();
    private AuditChain? chain;

    public bool HasKey => chain is not null || !string.IsNullOrWhiteSpace(options.Value.Key) || File.Exists(KeyPath);

    /// <summary>The chain under the key; throws, saying what is wrong with the key, when there is none to use.</summary>
    public AuditChain Chain => TryGetChain(out var loaded, out var problem) ? loaded : throw new InvalidOperationException(problem);

    /// <param name="problem">What is wrong with the key, when there is none to use.</param>
    public bool TryGetChain([NotNullWhen(true)] out AuditChain? loaded, out string problem)
    {
        lock (gate)
        {
            problem = "";
            if (chain is null && LoadKey(out problem) is { } key)
            {
                chain = new AuditChain(key);
            }

            loaded = chain;
            return loaded is not null;
        }
    }

    /// <summary>Makes the key file; call it only when the database holds no audit entry at all.</summary>
    public void CreateFirstKey()
    {
        var path = KeyPath;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            using var stream = new FileStream(path, OwnerOnly());
            using var writer = new StreamWriter(stream);
            writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first; use theirs.
        }
    }

    private string KeyPath => Path.GetFullPath(options.Value.KeyFile);

    private byte[]? LoadKey(out string problem)
    {
        var configured = options.Value.Key;
        var (text, source) = !string.IsNullOrWhiteSpace(configured)
            ? (configured, "The audit key in configuration (Audit:Key)")
            : (File.Exists(KeyPath) ? File.ReadAllText(KeyPath).Trim() : null, $"The audit key file {KeyPath}");
        if (text is null)
        {
            problem = $"{source} is missing. Put back the key from your key backup: a new key is not made while audit entries exist, because it could not check them.";
            return null;
        }

        var key = new byte[text.Length];
        if (!Convert.TryFromBase64String(text, key, out var length) || length < 32)
        {
            problem = $"{source} is not a key: it should be 32 or more random bytes, written in base64.";
            return null;
        }

        problem = "";
        return key[..length];
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
