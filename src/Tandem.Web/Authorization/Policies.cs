namespace Tandem.Web.Authorization;

public static class Policies
{
    public const string Clinician = nameof(Clinician);
    public const string Prescriber = nameof(Prescriber);
    public const string PracticeAdmin = nameof(PracticeAdmin);
    public const string Client = nameof(Client);
    public const string Staff = nameof(Staff);

    /// <summary>Texts every client reads (consent, what to do before a dosing session, where to turn in a crisis) are legal and clinical: the practice admin and prescribers keep them.</summary>
    public const string ClientTextEditor = nameof(ClientTextEditor);

    /// <summary>The controlled-substance register carries no clinical content: the admin reads it beside the prescribers who keep it.</summary>
    public const string RegisterReader = nameof(RegisterReader);

    /// <summary>Receipts, transfers, counts, returns and destruction: prescribers and the custodians the admin names.</summary>
    public const string RegisterKeeper = nameof(RegisterKeeper);
}
