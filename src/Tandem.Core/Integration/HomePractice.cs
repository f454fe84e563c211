namespace Tandem.Core.Integration;

/// <summary>A practice in the practice's library: something a client does between sessions. The practice may add its own.</summary>
public sealed class HomePractice : PracticeRecord
{
    public const int MaxNameLength = 120;
    public const int MaxDescriptionLength = 1000;

    public required string Name { get; set; }
    public required string Description { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
}

/// <summary>DOMAIN.md's practices, which every new practice's library starts from.</summary>
public static class DefaultHomePractices
{
    public static readonly IReadOnlyList<(string Name, string Description)> All =
    [
        ("Slow down reactivity", "When you feel the surge, pause and take three slow breaths before you answer."),
        ("Name the vulnerable truth before frustration", "Say the softer feeling underneath (hurt, fear, loneliness) before the irritation takes over."),
        ("Notice early signs of escalation", "Catch the first signs in your body and voice (heat, a tight jaw, speeding up) and name them."),
        ("Choose repair over rupture", "After a hard moment, reach back: a word, a touch, \"can we try that again?\"."),
        ("A consistent caring gesture", "One small, reliable act of care each day that your partner can count on."),
        ("A self-compassion pause", "Hand on heart: this is hard, others feel this too, may I be kind to myself."),
        ("Hold a boundary (not a wall)", "Say what you need and what you will do, while staying in contact."),
        ("One real feeling with one person each day", "Share one honest feeling with someone close to you, every day."),
        ("Generous interpretation", "Before reacting, ask what the kindest true reading of their words or action would be."),
        ("Listen without fixing", "Listen to understand; reflect back what you heard before offering anything."),
    ];

    public static IEnumerable<HomePractice> For(Guid practiceId) =>
        All.Select((p, i) => new HomePractice { PracticeId = practiceId, Name = p.Name, Description = p.Description, SortOrder = i + 1 });
}
