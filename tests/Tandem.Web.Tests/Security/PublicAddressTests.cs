using Tandem.Web.Infrastructure;

namespace Tandem.Web.Tests.Security;

/// <summary>The start-up check on where clients reach Tandem and which Host headers it answers to.</summary>
public sealed class PublicAddressTests
{
    [Theory]
    [InlineData("https://tandem.example.org", "tandem.example.org")]
    [InlineData("https://tandem.example.org/", "tandem.example.org;www.example.org")]
    [InlineData("https://tandem.example.org:8443", "*.example.org")]
    [InlineData("http://127.0.0.1:5080", "127.0.0.1;localhost")]
    [InlineData("http://localhost:5080", "127.0.0.1;localhost")]
    public void A_public_address_Tandem_answers_to_is_accepted(string publicBaseUrl, string allowedHosts) =>
        Assert.Null(new PublicAddress { PublicBaseUrl = publicBaseUrl, AllowedHosts = allowedHosts }.Problem());

    [Theory]
    [InlineData(null, "tandem.example.org", "Set PublicBaseUrl")]
    [InlineData("tandem.example.org", "tandem.example.org", "Set PublicBaseUrl")]
    [InlineData("https://tandem.example.org/clinic", "tandem.example.org", "with no path")]
    [InlineData("https://tandem.example.org/?next=x", "tandem.example.org", "with no path")]
    [InlineData("ftp://tandem.example.org", "tandem.example.org", "Set PublicBaseUrl")]
    [InlineData("http://tandem.example.org", "tandem.example.org", "must use https")]
    [InlineData("https://tandem.example.org", null, "Set AllowedHosts")]
    [InlineData("https://tandem.example.org", "*", "'*' would answer to any")]
    [InlineData("https://tandem.example.org", "localhost;*", "'*' would answer to any")]
    [InlineData("https://tandem.example.org", "127.0.0.1;localhost", "must include tandem.example.org")]
    [InlineData("https://tandem.example.org", "*.example.com", "must include tandem.example.org")]
    public void A_missing_or_mismatched_public_address_is_named(string? publicBaseUrl, string? allowedHosts, string problem) =>
        Assert.Contains(problem, new PublicAddress { PublicBaseUrl = publicBaseUrl, AllowedHosts = allowedHosts }.Problem(), StringComparison.Ordinal);
}
