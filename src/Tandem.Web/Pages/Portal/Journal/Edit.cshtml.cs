using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Journal;
using Tandem.Core.Sharing;
using Tandem.Data;
using Tandem.Web.Authorization.Material;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Portal.Journal;

/// <summary>The author edits or deletes their own entry (who reads it is on its sharing page); anyone else's id answers 404.</summary>
public sealed class EditModel(TandemDbContext db, MaterialScope scope, JournalEntries entries, ClinicalAudit audit) : PageModel
{
    public JournalEntry Entry { get; private set; } = null!;
    public JournalEntries.Choices Choices { get; private set; } = null!;

    [BindProperty]
    public EntryInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id, MaterialOperations<JournalEntry>.Edit))
        {
            return NotFound();
        }

        Input = EntryInput.From(Entry);
        await audit.RecordReadAsync(AuditCode.Portal_CaseViewed, nameof(JournalEntry), id, Entry.AuthorClientId);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id)
    {
        if (!await LoadAsync(id, MaterialOperations<JournalEntry>.Edit))
        {
            return NotFound();
        }

        if (ModelState.Refuse(JournalChecks.Check(Input, Choices)) || !ModelState.IsValid)
        {
            return Page();
        }

        (Entry.Title, Entry.Body) = (Input.Title?.Trim(), Input.Body!.Trim());
        (Entry.IntentionId, Entry.SeriesSessionId) = (Input.IntentionId, Input.SeriesSessionId);
        db.Entry(Entry).Property(e => e.Version).OriginalValue = Input.Version;
        try
        {
            await audit.SaveAndRecordAsync(AuditCode.JournalEntry_Written, nameof(JournalEntry), Entry.Id, Entry.AuthorClientId);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.Refuse([("", ChangedElsewhere + " Open it again to see that version.")]);
            return Page();
        }

        return RedirectToPage("/Portal/Journal/Index");
    }

    /// <summary>Deleting an entry withdraws it from every case it was shared in; an entry changed since the page was opened is kept.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid version)
    {
        if (!await LoadAsync(id, MaterialOperations<JournalEntry>.Delete))
        {
            return NotFound();
        }

        ModelState.Clear();
        Input = EntryInput.From(Entry);
        var refusals = new Refusals();
        if (Entry.Version != version)
        {
            refusals.Add("", ChangedElsewhere + " It was not deleted; here it is as it is now.");
        }

        if (ModelState.Refuse(refusals))
        {
            return Page();
        }

        db.Shares.RemoveRange(await db.Shares.Where(s => s.PracticeId == scope.Viewer.PracticeId && s.Kind == MaterialKind.JournalEntry && s.ItemId == id).ToListAsync());
        db.JournalEntries.Remove(Entry);
        await audit.SaveAndRecordAsync(AuditCode.JournalEntry_Deleted, nameof(JournalEntry), Entry.Id, Entry.AuthorClientId);
        return RedirectToPage("/Portal/Journal/Index");
    }

    private const string ChangedElsewhere = "This entry was changed elsewhere (another tab or device) since you opened it.";

    private async Task<bool> LoadAsync(Guid id, MaterialRequirement<JournalEntry> operation)
    {
        var practice = scope.Viewer.PracticeId;
        if (await db.JournalEntries.FirstOrDefaultAsync(j => j.Id == id && j.PracticeId == practice) is not { } entry
            || (await scope.AllowedAsync(MaterialKind.JournalEntry, [entry], e => e.Id, e => e.AuthorClientId, operation)).Count == 0)
        {
            return false;
        }

        Entry = entry;
        Choices = await entries.ChoicesAsync(entry.AuthorClientId);
        return true;
    }
}
