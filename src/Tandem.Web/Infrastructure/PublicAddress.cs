using Microsoft.Extensions.Options;

namespace Tandem.Web.Infrastructure;

/// <summary>
/// Where clients reach Tandem (<c>PublicBaseUrl</c>, like https://tandem.example.org) and the host names it answers to
/// (<c>AllowedHosts</c>, enforced by ASP.NET Core's host filtering). Checked at start-up: a deployment missing either
/// would email links to the wrong place or answer to any Host header.
/// </summary>
public sealed class PublicAddress
{
    public string? PublicBaseUrl { get; set; }

    public string? AllowedHosts { get; set; }

    public Uri Root => new(PublicBaseUrl!);

    /// <summary>What is wrong with the two settings, in words for whoever deploys Tandem; null when nothing is.</summary>
    public string? Problem()
    {
        if (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var root) || root.Scheme is not ("https" or "http")
            || root.UserInfo.Length > 0 || root.PathAndQuery != "/" || root.Fragment.Length > 0)
        {
            return $"Set PublicBaseUrl to the address clients reach Tandem at, with no path, like https://tandem.example.org (it is '{PublicBaseUrl}').";
        }

        if (root.Scheme == "http" && !root.IsLoopback)
        {
            return $"PublicBaseUrl must use https; plain http is only for this computer, like http://127.0.0.1:5080 (it is '{PublicBaseUrl}').";
        }

        var hosts = (AllowedHosts ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (hosts.Length == 0 || hosts.Contains("*"))
        {
            return $"Set AllowedHosts to the host names Tandem answers to, separated by ';', {root.IdnHost} among them ('*' would answer to any).";
        }

        return hosts.Any(allowed => Matches(allowed, root.IdnHost))
            ? null
            : $"AllowedHosts ('{AllowedHosts}') must include {root.IdnHost}, the host of PublicBaseUrl.";
    }

    private static bool Matches(string allowed, string host) =>
        string.Equals(allowed, host, StringComparison.OrdinalIgnoreCase)
        || (allowed.StartsWith("*.", StringComparison.Ordinal) && host.EndsWith(allowed[1..], StringComparison.OrdinalIgnoreCase));

    internal sealed class Check : IValidateOptions<PublicAddress>
    {
        public ValidateOptionsResult Validate(string? name, PublicAddress options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
