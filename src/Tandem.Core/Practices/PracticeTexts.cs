namespace Tandem.Core.Practices;

/// <summary>What the practice tells every client in its own words; a practice without its own texts shows the defaults.</summary>
public sealed class PracticeTexts : PracticeRecord
{
    public const int MaxLength = 4000;

    public const string DefaultBeforeDosing =
        "Eat nothing for 4 hours and drink only clear fluids for 2 hours before your session. " +
        "No alcohol, cannabis or benzodiazepines in the 24 hours before. " +
        "Arrange a ride home: you may not drive until the next morning. " +
        "Bring comfortable clothes, your intentions, and anything that helps you feel at ease.";

    public const string DefaultCrisisResources =
        "If you are thinking about hurting yourself, call or text 988 (Suicide & Crisis Lifeline) now, or 911 in an emergency.";

    public string BeforeDosing { get; set; } = DefaultBeforeDosing;
    public string CrisisResources { get; set; } = DefaultCrisisResources;
}
