using System.ComponentModel.DataAnnotations;
using Tandem.Core.Journal;
using Tandem.Core.Sharing;

namespace Tandem.Web.Pages.Portal.Journal;

public sealed class EntryInput
{
    public Guid Version { get; set; }

    [StringLength(JournalEntry.MaxTitleLength, ErrorMessage = "Keep the title under 200 characters.")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Write something first."), StringLength(JournalEntry.MaxBodyLength, ErrorMessage = "An entry is at most 20,000 characters.")]
    public string? Body { get; set; }

    /// <summary>Who may read a new entry, and in which case; an existing entry's shares change on its sharing page.</summary>
    public Visibility? Visibility { get; set; }
    public Guid? CaseId { get; set; }

    public Guid? IntentionId { get; set; }
    public Guid? SeriesSessionId { get; set; }

    public static EntryInput From(JournalEntry entry) => new()
    {
        Version = entry.Version, Title = entry.Title, Body = entry.Body, IntentionId = entry.IntentionId, SeriesSessionId = entry.SeriesSessionId,
    };
}
