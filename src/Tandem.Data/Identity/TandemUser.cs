using Microsoft.AspNetCore.Identity;

namespace Tandem.Data.Identity;

/// <summary>A sign-in: a staff member of one practice, or a client's portal login.</summary>
public sealed class TandemUser : IdentityUser<Guid>
{
    public const int MaxDisplayNameLength = 200;

    public Guid PracticeId { get; set; }
    public required string DisplayName { get; set; }

    /// <summary>An admin turned this sign-in off: locked out without end, unlike a lockout after wrong passwords.</summary>
    public static readonly DateTimeOffset TurnedOff = DateTimeOffset.MaxValue;

    public bool SignInTurnedOff => LockoutEnd == TurnedOff;
}
