namespace Tandem.Core.Access;

/// <summary>
/// A practice admin's invitation to a new staff member: a single-use link, valid a week, that lets them choose a password
/// and sign in with the roles the admin chose. Only the token's hash is kept.
/// </summary>
public sealed class StaffInvitation : PracticeRecord
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);
    public const int MaxNameLength = 200;

    public required string DisplayName { get; set; }
    public required string Email { get; set; }
    public StaffRole Roles { get; set; }
    public required string TokenHash { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
    public Guid CreatedById { get; set; }

    public bool IsUsableAt(DateTime nowUtc) => UsedAt is null && nowUtc < ExpiresAt;

    public static (StaffInvitation Invitation, string Token) Create(Guid practiceId, string name, string email, StaffRole roles, Guid byAdminId, DateTime nowUtc)
    {
        var token = SecretTokens.New();
        return (new StaffInvitation
        {
            PracticeId = practiceId, DisplayName = name, Email = email, Roles = roles, TokenHash = SecretTokens.Hash(token),
            ExpiresAt = nowUtc + Lifetime, CreatedById = byAdminId,
        }, token);
    }
}
