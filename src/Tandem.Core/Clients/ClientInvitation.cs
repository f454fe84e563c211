namespace Tandem.Core.Clients;

/// <summary>A single-use, expiring link that lets a client set a password and enter the portal.</summary>
public sealed class ClientInvitation : PracticeRecord
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public Guid ClientId { get; set; }

    /// <summary>SHA-256 of the token: the token itself is only ever in the link.</summary>
    public required string TokenHash { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
    public Guid CreatedById { get; set; }

    public bool IsUsableAt(DateTime nowUtc) => UsedAt is null && nowUtc < ExpiresAt;

    /// <summary>Makes a new invitation and the 256-bit token to put in its link.</summary>
    public static (ClientInvitation Invitation, string Token) Create(Guid practiceId, Guid clientId, Guid byStaffId, DateTime nowUtc)
    {
        var token = SecretTokens.New();
        var invitation = new ClientInvitation
        {
            PracticeId = practiceId,
            ClientId = clientId,
            TokenHash = SecretTokens.Hash(token),
            ExpiresAt = nowUtc + Lifetime,
            CreatedById = byStaffId,
        };
        return (invitation, token);
    }
}
