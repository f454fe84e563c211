using System.ComponentModel.DataAnnotations;
using Tandem.Core.Journal;
using Tandem.Core.Preparation;

namespace Tandem.Web.Pages.Portal.Journal;

public sealed class EntryInput
{
    public Guid Version { get; set; }

    [StringLength(JournalEntry.MaxTitleLength, ErrorMessage = "Keep the title under 200 characters.")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Write something first."), StringLength(JournalEntry.MaxBodyLength, ErrorMessage = "An entry is at most 20,000 characters.")]
    public string? Body { get; set; }

    [Required(ErrorMessage = "Choose who may read it.")]
    public Visibility? Visibility { get; set; }

    public Guid? IntentionId { get; set; }
    public Guid? SeriesSessionId { get; set; }
}
