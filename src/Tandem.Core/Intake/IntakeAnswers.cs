using System.Text.Json;

namespace Tandem.Core.Intake;

/// <summary>One answer of the contraindication screen, kept with the question as it was asked.</summary>
public sealed record ScreenAnswer(Guid ItemId, ScreenCategory Category, string Question, bool? Yes, string? Detail);

/// <summary>
/// What a client answers at intake. Stored whole (as JSON) for the draft and for each submitted version,
/// so a later change to the practice's questions never rewrites what someone answered.
/// </summary>
public sealed record IntakeAnswers
{
    public const int MaxTextLength = 4000;
    public const int MaxShortLength = 200;

    public string? Phone { get; init; }
    public string? Address { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public string? EmergencyName { get; init; }
    public string? EmergencyRelationship { get; init; }
    public string? EmergencyPhone { get; init; }
    public string? Medications { get; init; }
    public string? MedicalHistory { get; init; }
    public string? PsychiatricHistory { get; init; }
    public IReadOnlyList<ScreenAnswer> Screen { get; init; } = [];

    /// <summary>The private intimate-partner-violence screen, couples only; never shown to the partner.</summary>
    public IpvAnswers? PartnerSafety { get; init; }

    public bool HasPositiveScreen => Screen.Any(a => a.Yes == true);

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static IntakeAnswers FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? new IntakeAnswers() : JsonSerializer.Deserialize<IntakeAnswers>(json, JsonOptions) ?? new IntakeAnswers();

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}

/// <summary>Four yes/no questions, asked of each partner alone.</summary>
public sealed record IpvAnswers(bool? Hurt, bool? Afraid, bool? Forced, bool? Controlled)
{
    public static readonly IReadOnlyList<(string Field, string Question)> Questions =
    [
        (nameof(Hurt), "Has your partner ever hit, kicked, pushed or otherwise physically hurt you?"),
        (nameof(Afraid), "Do you feel afraid of your partner?"),
        (nameof(Forced), "Has your partner ever forced or pressured you into sexual activity?"),
        (nameof(Controlled), "Does your partner control your money, your phone or who you see?"),
    ];

    public bool IsComplete => Hurt is not null && Afraid is not null && Forced is not null && Controlled is not null;

    public bool IsPositive => Hurt == true || Afraid == true || Forced == true || Controlled == true;
}
