using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Core.Audit;
using Tandem.Core.Journal;
using Tandem.Core.Preparation;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Settings;

namespace Tandem.Web.Pages.Portal.Journal;

/// <summary>The client's journal: their entries, their partner's shared ones, and a new entry with its visibility.</summary>
public sealed class IndexModel(
    TandemDbContext db, CurrentViewer viewer, JournalEntries entries, PracticeSettings settings, ClinicalAudit audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<JournalEntries.Entry> Entries { get; private set; } = [];
    public JournalEntries.Choices Choices { get; private set; } = null!;
    public Guid Me => viewer.Value.ClientId!.Value;
    public string CrisisResources { get; private set; } = "";

    [BindProperty]
    public EntryInput Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Input.Visibility = Visibility.OnlyMe;
        await audit.RecordAsync(AuditCode.Portal_CaseViewed, nameof(JournalEntry), Me, Me);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        JournalChecks.Check(ModelState, Input, Choices);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var entry = new JournalEntry
        {
            PracticeId = viewer.Value.PracticeId, AuthorClientId = Me, Title = Input.Title?.Trim(), Body = Input.Body!.Trim(),
            Visibility = Input.Visibility!.Value, WrittenAt = clock.GetUtcNow().UtcDateTime, IntentionId = Input.IntentionId, SeriesSessionId = Input.SeriesSessionId,
        };
        db.JournalEntries.Add(entry);
        await audit.RecordAsync(AuditCode.JournalEntry_Written, nameof(JournalEntry), entry.Id, Me);
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Entries = await entries.ForClientAsync(Me);
        Choices = await entries.ChoicesAsync(Me);
        CrisisResources = (await settings.TextsAsync(viewer.Value.PracticeId)).CrisisResources;
    }
}
