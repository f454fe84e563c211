using System.ComponentModel.DataAnnotations;
using Tandem.Core.Intake;

namespace Tandem.Web.Pages.Portal.Intake;

/// <summary>The intake form as posted. Limits apply to a draft too; completeness is checked only on submit.</summary>
public sealed class IntakeInput
{
    [StringLength(40, ErrorMessage = "That phone number is too long.")]
    public string? Phone { get; set; }

    [StringLength(IntakeAnswers.MaxShortLength, ErrorMessage = "Keep the address under 200 characters.")]
    public string? Address { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    [StringLength(IntakeAnswers.MaxShortLength, ErrorMessage = "Keep the name under 200 characters.")]
    public string? EmergencyName { get; set; }

    [StringLength(100, ErrorMessage = "Keep this under 100 characters.")]
    public string? EmergencyRelationship { get; set; }

    [StringLength(40, ErrorMessage = "That phone number is too long.")]
    public string? EmergencyPhone { get; set; }

    [StringLength(IntakeAnswers.MaxTextLength, ErrorMessage = "Keep this under 4000 characters.")]
    public string? Medications { get; set; }

    [StringLength(IntakeAnswers.MaxTextLength, ErrorMessage = "Keep this under 4000 characters.")]
    public string? MedicalHistory { get; set; }

    [StringLength(IntakeAnswers.MaxTextLength, ErrorMessage = "Keep this under 4000 characters.")]
    public string? PsychiatricHistory { get; set; }

    public List<ScreenInput> Screen { get; set; } = [];

    public bool? Hurt { get; set; }
    public bool? Afraid { get; set; }
    public bool? Forced { get; set; }
    public bool? Controlled { get; set; }

    public sealed class ScreenInput
    {
        public Guid ItemId { get; set; }
        public bool? Yes { get; set; }

        [StringLength(1000, ErrorMessage = "Keep this under 1000 characters.")]
        public string? Detail { get; set; }
    }

    public IntakeAnswers ToAnswers(IReadOnlyList<ContraindicationItem> items, bool isCouple) => new()
    {
        Phone = Clean(Phone),
        Address = Clean(Address),
        DateOfBirth = DateOfBirth,
        EmergencyName = Clean(EmergencyName),
        EmergencyRelationship = Clean(EmergencyRelationship),
        EmergencyPhone = Clean(EmergencyPhone),
        Medications = Clean(Medications),
        MedicalHistory = Clean(MedicalHistory),
        PsychiatricHistory = Clean(PsychiatricHistory),
        Screen = [.. items.Select(item =>
        {
            var posted = Screen.FirstOrDefault(s => s.ItemId == item.Id);
            return new ScreenAnswer(item.Id, item.Category, item.Text, posted?.Yes, posted?.Yes == true ? Clean(posted.Detail) : null);
        })],
        PartnerSafety = isCouple ? new IpvAnswers(Hurt, Afraid, Forced, Controlled) : null,
    };

    public static IntakeInput From(IntakeAnswers a, IReadOnlyList<ContraindicationItem> items) => new()
    {
        Phone = a.Phone,
        Address = a.Address,
        DateOfBirth = a.DateOfBirth,
        EmergencyName = a.EmergencyName,
        EmergencyRelationship = a.EmergencyRelationship,
        EmergencyPhone = a.EmergencyPhone,
        Medications = a.Medications,
        MedicalHistory = a.MedicalHistory,
        PsychiatricHistory = a.PsychiatricHistory,
        Screen = [.. items.Select(item =>
        {
            var answer = a.Screen.FirstOrDefault(s => s.ItemId == item.Id);
            return new ScreenInput { ItemId = item.Id, Yes = answer?.Yes, Detail = answer?.Detail };
        })],
        Hurt = a.PartnerSafety?.Hurt,
        Afraid = a.PartnerSafety?.Afraid,
        Forced = a.PartnerSafety?.Forced,
        Controlled = a.PartnerSafety?.Controlled,
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
