namespace Tandem.Web.Authorization;

public static class Policies
{
    public const string Clinician = nameof(Clinician);
    public const string Prescriber = nameof(Prescriber);
    public const string PracticeAdmin = nameof(PracticeAdmin);
    public const string Client = nameof(Client);

    /// <summary>Consent texts are legal and clinical: the practice admin and prescribers keep them.</summary>
    public const string ConsentEditor = nameof(ConsentEditor);
}
