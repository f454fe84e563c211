using Tandem.Core;
using Tandem.Core.Clients;

namespace Tandem.Core.Tests.Clients;

public sealed class ClientInvitationTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_token_carries_at_least_128_bits_and_only_its_hash_is_stored()
    {
        var (invitation, token) = ClientInvitation.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now);
        var bytes = Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/') + "=");
        Assert.True(bytes.Length * 8 >= 128);
        Assert.DoesNotContain(token, invitation.TokenHash, StringComparison.Ordinal);
        Assert.Equal(SecretTokens.Hash(token), invitation.TokenHash);
    }

    [Fact]
    public void Two_invitations_never_share_a_token()
    {
        var tokens = Enumerable.Range(0, 100).Select(_ => ClientInvitation.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now).Token);
        Assert.Equal(100, tokens.Distinct().Count());
    }

    [Fact]
    public void An_invitation_works_once_and_expires()
    {
        var (invitation, _) = ClientInvitation.Create(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now);
        Assert.True(invitation.IsUsableAt(Now.AddDays(6)));
        Assert.False(invitation.IsUsableAt(Now + ClientInvitation.Lifetime));

        invitation.UsedAt = Now.AddHours(1);
        Assert.False(invitation.IsUsableAt(Now.AddHours(2)));
    }
}
