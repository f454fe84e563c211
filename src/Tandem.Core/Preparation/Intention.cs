namespace Tandem.Core.Preparation;

/// <summary>
/// "I want to explore why I shut down when I feel criticized." A client's own intention belongs to them and reaches
/// others only through the shares they make; a couple's shared intention belongs to their case and is seen by both
/// partners and the team.
/// </summary>
public sealed class Intention : PracticeRecord
{
    public const int MaxTextLength = 1000;

    public Guid AuthorClientId { get; set; }

    /// <summary>Set for a couple's shared intention; null for the author's own.</summary>
    public Guid? SharedInCaseId { get; set; }
    public required string Text { get; set; }
}

/// <summary>An emotional hot spot: the situation, what I feel, what I usually do.</summary>
public sealed class HotSpot : PracticeRecord
{
    public const int MaxTextLength = 1000;

    public Guid AuthorClientId { get; set; }
    public required string Situation { get; set; }
    public required string Feeling { get; set; }
    public required string UsualResponse { get; set; }
}
