namespace Tandem.Core.Access;

public static class Roles
{
    public const string PracticeAdmin = nameof(PracticeAdmin);
    public const string Clinician = nameof(Clinician);
    public const string Prescriber = nameof(Prescriber);
    public const string Client = nameof(Client);

    public static readonly IReadOnlyList<string> All = [PracticeAdmin, Clinician, Prescriber, Client];

    /// <summary>The practice's own people, as opposed to its clients.</summary>
    public static readonly IReadOnlyList<string> Staff = [PracticeAdmin, Clinician, Prescriber];

    /// <summary>A Prescriber is a Clinician who may also clear, order doses and override; both hold the role pair.</summary>
    public static IReadOnlyList<string> ForPrescriber => [Clinician, Prescriber];
}
