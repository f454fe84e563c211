using System.ComponentModel.DataAnnotations;
using Tandem.Core.Cases;
using Tandem.Core.Consultations;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Consultations;

/// <summary>What a visitor gives to book a free call.</summary>
public sealed class BookingInput
{
    [Required(ErrorMessage = "Choose a time for your call.")]
    public string? Slot { get; set; }

    public CaseKind Kind { get; set; } = CaseKind.Individual;

    [Required(ErrorMessage = "Enter your first name.")]
    [StringLength(100, ErrorMessage = "Keep your first name under 100 characters.")]
    public string FirstName { get; set; } = "";

    [Required(ErrorMessage = "Enter your last name.")]
    [StringLength(100, ErrorMessage = "Keep your last name under 100 characters.")]
    public string LastName { get; set; } = "";

    [Required(ErrorMessage = "Enter your email address, so we can confirm the call.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
    [StringLength(256, ErrorMessage = "That email address is too long.")]
    public string Email { get; set; } = "";

    [Phone(ErrorMessage = "Enter a phone number with digits, spaces or + ( ) - only.")]
    [StringLength(40, ErrorMessage = "That phone number is too long.")]
    public string? Phone { get; set; }

    [StringLength(100, ErrorMessage = "Keep your partner's first name under 100 characters.")]
    public string? PartnerFirstName { get; set; }

    [StringLength(100, ErrorMessage = "Keep your partner's last name under 100 characters.")]
    public string? PartnerLastName { get; set; }

    [EmailAddress(ErrorMessage = "Enter your partner's email address like name@example.com.")]
    [StringLength(256, ErrorMessage = "That email address is too long.")]
    public string? PartnerEmail { get; set; }

    [Required(ErrorMessage = "Write a few lines on what you hope for.")]
    [StringLength(Prospect.MaxHopesLength, ErrorMessage = "Keep this under 2000 characters; there is time to say more on the call.")]
    public string Hopes { get; set; } = "";

    /// <summary>Hidden from people; bots fill it in.</summary>
    public string? Website { get; set; }

    /// <summary>A kind the form offers and, for a couple, the partner's name and an email address of their own.</summary>
    public void Check(Refusals refusals)
    {
        if (!Enum.IsDefined(Kind))
        {
            refusals.Add("Input.Kind", "Choose just me, or me and my partner.");
        }

        if (Kind != CaseKind.Couple)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(PartnerFirstName))
        {
            refusals.Add("Input.PartnerFirstName", "Enter your partner's first name.");
        }

        if (string.IsNullOrWhiteSpace(PartnerLastName))
        {
            refusals.Add("Input.PartnerLastName", "Enter your partner's last name.");
        }

        if (string.IsNullOrWhiteSpace(PartnerEmail))
        {
            refusals.Add("Input.PartnerEmail", "Enter your partner's email address; each of you gets a private portal.");
        }
        else if (string.Equals(PartnerEmail.Trim(), Email.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            refusals.Add("Input.PartnerEmail", "Your partner needs an email address of their own.");
        }
    }

    public Prospect ToProspect(Guid practiceId) => new()
    {
        PracticeId = practiceId,
        Kind = Kind,
        FirstName = FirstName.Trim(),
        LastName = LastName.Trim(),
        Email = Email.Trim(),
        Phone = string.IsNullOrWhiteSpace(Phone) ? null : Phone.Trim(),
        PartnerFirstName = Kind == CaseKind.Couple ? PartnerFirstName?.Trim() : null,
        PartnerLastName = Kind == CaseKind.Couple ? PartnerLastName?.Trim() : null,
        PartnerEmail = Kind == CaseKind.Couple ? PartnerEmail?.Trim() : null,
        Hopes = Hopes.Trim(),
    };
}
