using Microsoft.Extensions.Options;

namespace Tandem.Web.Infrastructure;

/// <summary>
/// Absolute links that leave Tandem (in emails, or shown to be passed on), built from the configured public address:
/// never from the request's Host header, which anyone can forge to have a reset token sent to their own site.
/// </summary>
public sealed class PublicLinks(LinkGenerator links, IOptions<PublicAddress> address)
{
    public string Page(string page, object? values = null)
    {
        var root = address.Value.Root;
        return links.GetUriByPage(page, handler: null, values, root.Scheme, new HostString(root.Authority))
            ?? throw new InvalidOperationException($"No address for the page {page} with these values.");
    }
}
