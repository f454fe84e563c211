using Tandem.Core.Cases;

namespace Tandem.Core.Consultations;

/// <summary>Someone who booked a free consultation and is not yet a client (for a couple, with their partner).</summary>
public sealed class Prospect : PracticeRecord
{
    public const int MaxHopesLength = 2000;

    public CaseKind Kind { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public required string Email { get; set; }
    public string? Phone { get; set; }
    public string? PartnerFirstName { get; set; }
    public string? PartnerLastName { get; set; }
    public string? PartnerEmail { get; set; }

    /// <summary>The few lines on what they hope for: seen by the clinician, never put in an email.</summary>
    public required string Hopes { get; set; }

    public string CaseName => Kind == CaseKind.Couple
        ? $"{FirstName} {LastName} & {PartnerFirstName} {PartnerLastName}"
        : $"{FirstName} {LastName}";
}
