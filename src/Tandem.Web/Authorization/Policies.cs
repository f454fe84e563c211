namespace Tandem.Web.Authorization;

public static class Policies
{
    public const string Clinician = nameof(Clinician);
    public const string PracticeAdmin = nameof(PracticeAdmin);
    public const string Client = nameof(Client);
}
