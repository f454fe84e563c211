using System.Text;
using Tandem.Core.Access;

namespace Tandem.Core.Tests.Access;

/// <summary>Against the published test values: RFC 6238 appendix B (SHA-1) and RFC 4648 section 10.</summary>
public sealed class AuthenticatorCodeTests
{
    /// <summary>RFC 6238's SHA-1 seed, "12345678901234567890", in base32 as an authenticator app is given it.</summary>
    private const string RfcKey = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    [Theory]
    [InlineData(59, "94287082")]
    [InlineData(1111111109, "07081804")]
    [InlineData(1111111111, "14050471")]
    [InlineData(1234567890, "89005924")]
    [InlineData(2000000000, "69279037")]
    [InlineData(20000000000, "65353130")]
    public void The_code_of_a_moment_is_the_last_six_digits_of_the_published_eight(long unixSeconds, string published)
    {
        var step = AuthenticatorCode.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));

        Assert.Equal(published[^6..], AuthenticatorCode.At(AuthenticatorCode.KeyBytes(RfcKey)!, step));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("MY======", "f")]
    [InlineData("MZXQ====", "fo")]
    [InlineData("MZXW6===", "foo")]
    [InlineData("MZXW6YQ=", "foob")]
    [InlineData("MZXW6YTB", "fooba")]
    [InlineData("MZXW6YTBOI======", "foobar")]
    [InlineData("mzxw 6ytb oi", "foobar")]
    public void A_base32_key_reads_as_RFC_4648_says_with_or_without_padding_spaces_and_capitals(string base32, string bytes) =>
        Assert.Equal(Encoding.ASCII.GetBytes(bytes), AuthenticatorCode.KeyBytes(base32));

    [Theory]
    [InlineData("MZXW1")]
    [InlineData("MZXW8")]
    [InlineData("MZ-XW")]
    public void A_key_with_letters_base32_does_not_use_is_not_a_key(string base32) =>
        Assert.Null(AuthenticatorCode.KeyBytes(base32));

    [Fact]
    public void A_code_is_taken_from_half_a_minute_either_side_of_now_and_no_further()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1111111111);
        var step = AuthenticatorCode.StepAt(now);
        var key = AuthenticatorCode.KeyBytes(RfcKey)!;

        foreach (var offset in new[] { -1, 0, 1 })
        {
            Assert.Equal(step + offset, AuthenticatorCode.Match(RfcKey, AuthenticatorCode.At(key, step + offset), now, lastTaken: null));
        }

        Assert.Null(AuthenticatorCode.Match(RfcKey, AuthenticatorCode.At(key, step - 2), now, lastTaken: null));
        Assert.Null(AuthenticatorCode.Match(RfcKey, AuthenticatorCode.At(key, step + 2), now, lastTaken: null));
    }

    [Fact]
    public void A_code_of_the_step_last_taken_or_an_earlier_one_is_refused_and_a_later_one_taken()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1234567890);
        var step = AuthenticatorCode.StepAt(now);
        var key = AuthenticatorCode.KeyBytes(RfcKey)!;

        Assert.Null(AuthenticatorCode.Match(RfcKey, AuthenticatorCode.At(key, step), now, lastTaken: step));
        Assert.Null(AuthenticatorCode.Match(RfcKey, AuthenticatorCode.At(key, step - 1), now, lastTaken: step));
        Assert.Equal(step + 1, AuthenticatorCode.Match(RfcKey, AuthenticatorCode.At(key, step + 1), now, lastTaken: step));
        Assert.Equal(step, AuthenticatorCode.Match(RfcKey, AuthenticatorCode.At(key, step), now, lastTaken: step - 1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12a456")]
    public void Anything_but_six_digits_matches_nothing(string code) =>
        Assert.Null(AuthenticatorCode.Match(RfcKey, code, DateTimeOffset.FromUnixTimeSeconds(59), lastTaken: null));

    [Fact]
    public void Spaces_people_type_between_the_digits_do_not_matter()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(59);
        var code = AuthenticatorCode.At(AuthenticatorCode.KeyBytes(RfcKey)!, AuthenticatorCode.StepAt(now));

        Assert.NotNull(AuthenticatorCode.Match(RfcKey, $" {code[..3]} {code[3..]} ", now, lastTaken: null));
    }
}
