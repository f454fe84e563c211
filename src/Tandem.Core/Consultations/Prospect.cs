using Tandem.Core.Cases;

namespace Tandem.Core.Consultations;

/// <summary>Someone who booked a free consultation and is not yet a client (for a couple, with their partner).</summary>
public sealed class Prospect : PracticeRecord
{
    public const int MaxHopesLength = 2000;

    private string firstName = "";
    private string lastName = "";
    private string email = "";
    private string? partnerFirstName;
    private string? partnerLastName;
    private string? partnerEmail;

    public CaseKind Kind { get; set; }
    public required string FirstName { get => firstName; set { firstName = value; Index(); } }
    public required string LastName { get => lastName; set { lastName = value; Index(); } }
    public required string Email { get => email; set { email = value; Index(); } }
    public string? Phone { get; set; }
    public string? PartnerFirstName { get => partnerFirstName; set { partnerFirstName = value; Index(); } }
    public string? PartnerLastName { get => partnerLastName; set { partnerLastName = value; Index(); } }
    public string? PartnerEmail { get => partnerEmail; set { partnerEmail = value; Index(); } }

    /// <summary>Both people's names and emails folded by <see cref="Clients.SearchText"/>, for "Find a client" before the call.</summary>
    public string SearchKey { get; private set; } = "";

    /// <summary>The few lines on what they hope for: seen by the clinician, never put in an email.</summary>
    public required string Hopes { get; set; }

    public string CaseName => Kind == CaseKind.Couple
        ? $"{FirstName} {LastName} & {PartnerFirstName} {PartnerLastName}"
        : $"{FirstName} {LastName}";

    private void Index() => SearchKey = Clients.SearchText.Fold($"{firstName} {lastName} {email} {partnerFirstName} {partnerLastName} {partnerEmail}");
}
