namespace Tandem.Web.Authorization;

public static class TandemClaims
{
    public const string PracticeId = "tandem:practice";
    public const string ClientId = "tandem:client";

    /// <summary>A staff member whose practice requires two-factor sign-in and who has not set it up: signed in only to set it up.</summary>
    public const string MustSetUpTwoFactor = "tandem:must-set-up-two-factor";

    /// <summary>A practice admin whose practice lets staff sign in with a password alone, which their pages warn of.</summary>
    public const string StaffTwoFactorOff = "tandem:staff-two-factor-off";
}
