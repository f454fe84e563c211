using Microsoft.AspNetCore.Identity;

namespace Tandem.Data.Identity;

/// <summary>A sign-in: a staff member of one practice, or a client's portal login.</summary>
public sealed class TandemUser : IdentityUser<Guid>
{
    public const int MaxDisplayNameLength = 200;

    public Guid PracticeId { get; set; }
    public required string DisplayName { get; set; }
}
