namespace Tandem.Core.Journal;

/// <summary>
/// A client's journal entry, written in Markdown. It is the author's; who else reads it is the shares they made
/// (<see cref="Sharing.Share"/>), each in one case. The author edits or deletes it.
/// </summary>
public sealed class JournalEntry : PracticeRecord
{
    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 20000;

    public Guid AuthorClientId { get; set; }
    public string? Title { get; set; }
    public required string Body { get; set; }
    public DateTime WrittenAt { get; set; }

    /// <summary>An intention or a series session the entry is about ("after my third journey"), if any.</summary>
    public Guid? IntentionId { get; set; }
    public Guid? SeriesSessionId { get; set; }
}
