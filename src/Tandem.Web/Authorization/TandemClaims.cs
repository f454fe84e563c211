namespace Tandem.Web.Authorization;

public static class TandemClaims
{
    public const string PracticeId = "tandem:practice";
    public const string ClientId = "tandem:client";
}
