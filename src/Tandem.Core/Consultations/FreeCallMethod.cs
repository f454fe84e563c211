namespace Tandem.Core.Consultations;

/// <summary>How a clinician holds their free calls. Stored by number, so the numbers never change.</summary>
public enum CallMethod
{
    Phone = 1,
    Video = 2,
}

/// <summary>How one clinician's free calls happen: they phone the number the visitor gave, or meet at their video link.</summary>
public sealed class FreeCallMethod : PracticeRecord
{
    public const int MaxVideoLinkLength = 500;

    public Guid ClinicianId { get; set; }
    public CallMethod Method { get; set; } = CallMethod.Phone;
    public string? VideoLink { get; set; }

    /// <summary>A link a visitor can safely be sent to: an https address with a host, no longer than the limit.</summary>
    public static bool IsVideoLink(string? link) =>
        link is { Length: > 0 and <= MaxVideoLinkLength }
        && Uri.TryCreate(link, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && uri.Host.Length > 0
        && string.IsNullOrEmpty(uri.UserInfo);
}
