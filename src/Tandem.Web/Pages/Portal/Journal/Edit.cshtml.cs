using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Journal;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Portal.Journal;

/// <summary>The author edits, re-scopes or deletes their own entry; anyone else's id answers 404.</summary>
public sealed class EditModel(TandemDbContext db, CurrentViewer viewer, JournalEntries entries, ClinicalAudit audit) : PageModel
{
    public JournalEntry Entry { get; private set; } = null!;
    public JournalEntries.Choices Choices { get; private set; } = null!;

    [BindProperty]
    public EntryInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = new EntryInput
        {
            Version = Entry.Version, Title = Entry.Title, Body = Entry.Body, Visibility = Entry.Visibility,
            IntentionId = Entry.IntentionId, SeriesSessionId = Entry.SeriesSessionId,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        JournalChecks.Check(ModelState, Input, Choices);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        (Entry.Title, Entry.Body, Entry.Visibility) = (Input.Title?.Trim(), Input.Body!.Trim(), Input.Visibility!.Value);
        (Entry.IntentionId, Entry.SeriesSessionId) = (Input.IntentionId, Input.SeriesSessionId);
        db.Entry(Entry).Property(e => e.Version).OriginalValue = Input.Version;
        try
        {
            await audit.RecordAsync(AuditCode.JournalEntry_Written, nameof(JournalEntry), Entry.Id, Entry.AuthorClientId);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "This entry was changed elsewhere (another tab or device) since you opened it. Open it again to see that version.");
            return Page();
        }

        return RedirectToPage("/Portal/Journal/Index");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        ModelState.Clear();
        db.JournalEntries.Remove(Entry);
        await audit.RecordAsync(AuditCode.JournalEntry_Deleted, nameof(JournalEntry), Entry.Id, Entry.AuthorClientId);
        return RedirectToPage("/Portal/Journal/Index");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var me = viewer.Value.ClientId!.Value;
        if (await db.JournalEntries.FirstOrDefaultAsync(j => j.Id == id && j.AuthorClientId == me) is not { } entry)
        {
            return false;
        }

        Entry = entry;
        Choices = await entries.ChoicesAsync(me);
        return true;
    }
}
