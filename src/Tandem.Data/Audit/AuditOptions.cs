namespace Tandem.Data.Audit;

/// <summary>Where the audit chain's secrets live: outside the database, by design.</summary>
public sealed class AuditOptions
{
    /// <summary>The HMAC key, base64; when empty, the key file is used (created for the very first entry only).</summary>
    public string? Key { get; set; }
    public string KeyFile { get; set; } = "data/audit.key";

    /// <summary>The folder holding each practice's newest link and its head history, so a cut-off tail is detected.</summary>
    public string HeadDirectory { get; set; } = "data/audit-heads";
}
